package dev.berth.ide;

/** The indentation a file already uses (tabs, or a number of spaces), so that inserted lines match it. */
final class Indentation {

	/** Four spaces, as the formatter indents, for a file that indents nothing yet. */
	private static final String DEFAULT_UNIT = "    ";

	private Indentation() {
	}

	/** One level of the file's indentation: a tab if its first indented line starts with one, else its smallest run of spaces. */
	static String unit(String text) {
		int spaces = Integer.MAX_VALUE;
		for (String line : text.split("\r\n|\r|\n")) {
			String leading = leading(line);
			if (leading.length() == line.length() || line.strip().startsWith("*")) {
				continue;
			}
			if (leading.startsWith("\t") && spaces == Integer.MAX_VALUE) {
				return "\t";
			}
			if (leading.startsWith(" ")) {
				spaces = Math.min(spaces, leading.indexOf('\t') < 0 ? leading.length() : leading.indexOf('\t'));
			}
		}
		return spaces == Integer.MAX_VALUE ? DEFAULT_UNIT : " ".repeat(spaces);
	}

	/** The white space that starts the line holding {@code offset}. */
	static String ofLine(String text, int offset) {
		int start = lineStart(text, offset);
		return leading(text.substring(start, lineEnd(text, start)));
	}

	/** The offset where the line holding {@code offset} starts. */
	static int lineStart(String text, int offset) {
		return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
	}

	/** Whether only white space stands between the start of its line and {@code offset}. */
	static boolean startsLine(String text, int offset) {
		return text.substring(lineStart(text, offset), offset).isBlank();
	}

	/** The line break the file uses. */
	static String lineBreak(String text) {
		int lf = text.indexOf('\n');
		int cr = text.indexOf('\r');
		if (cr < 0 || (lf >= 0 && lf < cr)) {
			return "\n";
		}
		return lf == cr + 1 ? "\r\n" : "\r";
	}

	private static int lineEnd(String text, int start) {
		int end = start;
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		return end;
	}

	private static String leading(String line) {
		int end = 0;
		while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
			end++;
		}
		return line.substring(0, end);
	}
}
