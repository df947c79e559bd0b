package dev.berth.generator;

import java.util.regex.Pattern;

/** Quotes values for POSIX shells, so that any text reaches the command as one word, unchanged. */
public final class Shell {

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

	private Shell() {
	}

	/** The value as it is when no character is special to the shell, else in single quotes ({@code '} as {@code '\''}). */
	public static String quote(String value) {
		if (PLAIN.matcher(value).matches()) {
			return value;
		}
		return "'" + value.replace("'", "'\\''") + "'";
	}
}
