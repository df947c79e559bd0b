package dev.berth.parsing;

import org.antlr.runtime.Token;

/** Names tokens the way a reader of a Berth file knows them, not the way ANTLR does. */
final class TokenNames {

	private TokenNames() {
	}

	static String expected(String[] tokenNames, int type) {
		return switch (tokenNames[type]) {
			case "RULE_ID" -> "a name";
			case "RULE_INT" -> "a whole number";
			case "RULE_DECIMAL" -> "a number";
			case "RULE_STRING" -> "a quoted string";
			default -> tokenNames[type];
		};
	}

	static boolean isBlockEnd(String[] tokenNames, int type) {
		return type < tokenNames.length && "'}'".equals(tokenNames[type]);
	}

	static boolean isEndOfFile(Token token) {
		return token == null || token.getType() == Token.EOF || token.getText() == null || token.getText().isEmpty();
	}

	static String found(Token token) {
		if (isEndOfFile(token)) {
			return "the end of the file";
		}
		String text = token.getText();
		if (text.startsWith("\"")) {
			return "the string " + text;
		}
		return "'" + text.replace("\n", "\\n") + "'";
	}
}
