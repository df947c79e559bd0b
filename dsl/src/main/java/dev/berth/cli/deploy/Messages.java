package dev.berth.cli.deploy;

import com.google.gson.JsonObject;

/** The one-line message of a failed or unreachable result, safe to print on a terminal. */
final class Messages {

	private Messages() {
	}

	/** The result's {@code msg}, followed by the last line its command or module wrote to standard error. */
	static String of(JsonObject result) {
		String message = Json.text(result, "msg").strip();
		String detail = lastLine(Json.text(result, "stderr"));
		if (detail.isEmpty()) {
			detail = lastLine(Json.text(result, "module_stderr"));
		}
		if (message.isEmpty()) {
			message = detail.isEmpty() ? "no message" : detail;
		} else if (!detail.isEmpty() && !message.contains(detail)) {
			message = message + ": " + detail;
		}
		return oneLine(message);
	}

	/** The text on one line: line breaks become spaces, other control characters {@code \\uXXXX}. */
	static String oneLine(String text) {
		StringBuilder line = new StringBuilder(text.length());
		text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').codePoints().forEach(c -> {
			int type = Character.getType(c);
			boolean unsafe = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR;
			line.append(unsafe ? String.format("\\u%04x", c) : Character.toString(c));
		});
		return line.toString();
	}

	private static String lastLine(String text) {
		String[] lines = text.strip().split("\\R");
		return lines[lines.length - 1].strip();
	}
}
