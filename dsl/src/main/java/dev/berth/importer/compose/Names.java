package dev.berth.importer.compose;

import dev.berth.importer.Identifiers;

/** Which Compose words can stand as Berth names and environment variables. */
final class Names {

	private Names() {
	}

	/** Whether a word is a Berth identifier ({@code [a-zA-Z_][a-zA-Z0-9_-]*}) that does not start an element. */
	static boolean isName(String word) {
		return Identifiers.valid(word).equals(word);
	}

	/** Whether a word is an environment variable's name ({@code [A-Za-z_][A-Za-z0-9_]*}). */
	static boolean isVariable(String word) {
		return word.matches("[A-Za-z_][A-Za-z0-9_]*");
	}
}
