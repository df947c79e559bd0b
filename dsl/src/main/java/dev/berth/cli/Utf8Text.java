package dev.berth.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of a file read as UTF-8. Each malformed byte sequence becomes one space, so the rest
 * of the file still parses at the same columns, and the first one is reported with its position.
 *
 * @param text the decoded text, without a leading byte order mark
 * @param firstInvalid where the first malformed sequence starts, if there is one
 */
public record Utf8Text(String text, Optional<Invalid> firstInvalid) {

	/** A malformed sequence: its line and column (from 1) and its first byte. */
	public record Invalid(int line, int column, int firstByte) {
	}

	/** Decodes the bytes of a file. */
	public static Utf8Text decode(byte[] bytes) {
		int start = hasByteOrderMark(bytes) ? 3 : 0;
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		return new Utf8Text(lenient(in.duplicate()), findInvalid(in));
	}

	private static String lenient(ByteBuffer in) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(" ");
		CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
		decoder.decode(in, out, true);
		decoder.flush(out);
		return out.flip().toString();
	}

	private static Optional<Invalid> findInvalid(ByteBuffer in) {
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
		CoderResult result = strict.decode(in, out, true);
		if (!result.isError()) {
			return Optional.empty();
		}
		out.flip();
		String valid = out.toString();
		int lineStart = valid.lastIndexOf('\n') + 1;
		int line = (int) valid.chars().filter(c -> c == '\n').count() + 1;
		return Optional.of(new Invalid(line, valid.length() - lineStart + 1, in.get(in.position()) & 0xff));
	}

	private static boolean hasByteOrderMark(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
	}
}
