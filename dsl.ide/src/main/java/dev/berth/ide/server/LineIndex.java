package dev.berth.ide.server;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;

/** The start offset of every line of a text, where CRLF, LF and a lone CR each end a line. */
public final class LineIndex {

	private final String text;

	private final int[] starts;

	public LineIndex(String text) {
		this.text = text;
		this.starts = lineStarts(text);
	}

	private static int[] lineStarts(String text) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				i++;
			}
			if (c == '\r' || c == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	public int lineCount() {
		return starts.length;
	}

	/** Whether the position lies within the text: on an existing line, at any column (columns are clamped). */
	public boolean contains(Position position) {
		return position.getLine() >= 0 && position.getLine() < starts.length && position.getCharacter() >= 0;
	}

	/** The offset of a position, its column clamped to the line's length and its line to the text. */
	public int offset(Position position) {
		if (position.getLine() < 0) {
			return 0;
		}
		if (position.getLine() >= starts.length) {
			return text.length();
		}
		int start = starts[position.getLine()];
		return start + Math.max(0, Math.min(position.getCharacter(), lineEnd(position.getLine()) - start));
	}

	/** The position of an offset, clamped to the text. */
	public Position position(int offset) {
		int clamped = Math.max(0, Math.min(offset, text.length()));
		int line = Arrays.binarySearch(starts, clamped);
		if (line < 0) {
			line = -line - 2;
		}
		return new Position(line, clamped - starts[line]);
	}

	/** The text of a line without its line break. */
	public String line(int line) {
		return text.substring(starts[line], lineEnd(line));
	}

	private int lineEnd(int line) {
		int end = line + 1 < starts.length ? starts[line + 1] : text.length();
		while (end > starts[line] && isBreak(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}

	private static boolean isBreak(char c) {
		return c == '\r' || c == '\n';
	}
}
