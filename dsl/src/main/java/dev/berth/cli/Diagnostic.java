package dev.berth.cli;

import java.util.List;

/**
 * One finding about a model, at a position of one file; lines and columns count from 1.
 *
 * @param path the file as the user named it, or as found under a folder the user named
 * @param data values a quick fix can use, such as the name that did not resolve
 */
public record Diagnostic(String path, int line, int column, int endLine, int endColumn, Severity severity,
		String message, String code, List<String> data) {

	/** How serious a finding is. */
	public enum Severity {
		ERROR, WARNING, INFO;

		/** The word printed for it: {@code error}, {@code warning} or {@code info}. */
		public String label() {
			return name().toLowerCase();
		}
	}

	/** Whether any of the diagnostics is an error. */
	public static boolean anyError(List<Diagnostic> diagnostics) {
		return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
	}

	/**
	 * The one-line form {@code PATH:LINE:COLUMN: SEVERITY: MESSAGE [CODE]}: line breaks in the
	 * message become spaces, and other control and separator characters are written as
	 * {@code \\uXXXX}, so no input can split or forge a line.
	 */
	public String toLine() {
		String oneLine = message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
		return escaped(path) + ":" + line + ":" + column + ": " + severity.label() + ": " + escaped(oneLine) + " [" + code
				+ "]";
	}

	private static String escaped(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			int type = Character.getType(c);
			boolean unsafe = type == Character.CONTROL || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT && c != '\u200d';
			escaped.append(unsafe ? String.format("\\u%04x", c) : Character.toString(c));
		});
		return escaped.toString();
	}
}
