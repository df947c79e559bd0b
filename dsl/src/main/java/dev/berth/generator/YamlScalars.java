package dev.berth.generator;

import java.util.Set;

/** Recognises the strings that a YAML 1.2 reader or PyYAML would read as something else when written plain. */
final class YamlScalars {

	private static final Set<String> WORDS = Set.of("true", "false", "yes", "no", "on", "off", "null", "~", "=");
	private static final int LONGEST_WORD = 5;
	private static final String DIGITS = "0123456789";
	private static final String DIGITS_ = DIGITS + "_";

	private YamlScalars() {
	}

	/**
	 * Whether a string written plain would read back as something else: the empty string,
	 * {@code true false yes no on off null ~ =} in any ASCII case, optionally signed octal
	 * {@code 0o7}, hexadecimal {@code 0xF} or decimal {@code 1_0.5e-3}, {@code .5e3} numbers,
	 * {@code .inf} and {@code .nan}.
	 */
	static boolean readsAsOther(String text) {
		if (text.isEmpty()) {
			return true;
		}
		if (text.length() <= LONGEST_WORD && WORDS.contains(asciiLowerCase(text, 0))) {
			return true;
		}
		int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
		return start < text.length() && (radix(text, start, 'o', "01234567_") || radix(text, start, 'x', DIGITS_ + "abcdefABCDEF")
				|| decimal(text, start) || special(text, start));
	}

	/** {@code 0o} or {@code 0x} (either case) and at least one digit of the radix. */
	private static boolean radix(String text, int start, char marker, String digits) {
		return text.length() > start + 2 && text.charAt(start) == '0' && (text.charAt(start + 1) | 0x20) == marker
				&& run(text, start + 2, digits) == text.length();
	}

	/** {@code 1_0}, {@code 1.}, {@code 1.5}, {@code .5}, each with an optional exponent. */
	private static boolean decimal(String text, int start) {
		int end;
		if (DIGITS.indexOf(text.charAt(start)) >= 0) {
			end = run(text, start, DIGITS_);
			if (end < text.length() && text.charAt(end) == '.') {
				end = run(text, end + 1, DIGITS_);
			}
		} else if (text.charAt(start) == '.') {
			end = run(text, start + 1, DIGITS_);
			if (end == start + 1) {
				return false;
			}
		} else {
			return false;
		}
		return end == text.length() || exponent(text, end);
	}

	/** {@code e}, an optional sign and at least one digit, up to the end. */
	private static boolean exponent(String text, int start) {
		if ((text.charAt(start) | 0x20) != 'e') {
			return false;
		}
		int digits = start + 1 < text.length() && (text.charAt(start + 1) == '-' || text.charAt(start + 1) == '+')
				? start + 2 : start + 1;
		int end = run(text, digits, DIGITS);
		return end > digits && end == text.length();
	}

	/** {@code .inf} or {@code .nan} in any ASCII case. */
	private static boolean special(String text, int start) {
		if (text.length() - start != ".inf".length()) {
			return false;
		}
		String word = asciiLowerCase(text, start);
		return word.equals(".inf") || word.equals(".nan");
	}

	/** Where the run of characters from {@code chars} that starts at {@code start} ends. */
	private static int run(String text, int start, String chars) {
		int end = start;
		while (end < text.length() && chars.indexOf(text.charAt(end)) >= 0) {
			end++;
		}
		return end;
	}

	/** The text from {@code start} with only the letters A to Z in lower case, as the YAML rules compare. */
	private static String asciiLowerCase(String text, int start) {
		char[] chars = new char[text.length() - start];
		for (int i = 0; i < chars.length; i++) {
			char c = text.charAt(start + i);
			chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
		}
		return new String(chars);
	}
}
