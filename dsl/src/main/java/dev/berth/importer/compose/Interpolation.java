package dev.berth.importer.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Compose value read through Compose's interpolation: a literal ({@code $$} stands for {@code $}),
 * a value that is one variable of the environment ({@code ${VAR}}, {@code ${VAR:?message}}, {@code $VAR},
 * with a default for {@code ${VAR:-default}}), or text mixed with variables, which Berth cannot carry.
 *
 * @param literal the text, when it names no variable
 * @param variable the variable, when the whole value is one
 * @param fallback the default of {@code ${VAR:-default}} or {@code ${VAR-default}}, else null
 */
record Interpolation(String literal, String variable, String fallback) {

	private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
	private static final Pattern WHOLE = Pattern
			.compile("\\$(?:\\{(" + NAME + ")(?:(:?\\?)([^}]*)|(:?-)([^}]*))?\\}|(" + NAME + "))");

	/** Reads a value as Compose interpolates it. */
	static Interpolation of(String text) {
		Matcher whole = WHOLE.matcher(text);
		if (whole.matches()) {
			String variable = whole.group(1) != null ? whole.group(1) : whole.group(6);
			return new Interpolation(null, variable, whole.group(4) != null ? whole.group(5) : null);
		}
		StringBuilder literal = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
			if (c == '$' && next == '$') {
				i++;
			} else if (c == '$' && (next == '{' || next == '_' || Character.isLetter(next))) {
				return new Interpolation(null, null, null);
			}
			literal.append(c);
		}
		return new Interpolation(literal.toString(), null, null);
	}

	/** Whether the value is plain text. */
	boolean isLiteral() {
		return literal != null;
	}

	/** Whether the whole value is one variable of the environment. */
	boolean isVariable() {
		return variable != null;
	}
}
