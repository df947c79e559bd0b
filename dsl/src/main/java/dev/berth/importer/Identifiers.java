package dev.berth.importer;

import java.util.Set;

/** Turns a name from Compose or libvirt into a Berth identifier ({@code [a-zA-Z_][a-zA-Z0-9_-]*}). */
public final class Identifiers {

	/** The words that start an element, which a name cannot be. */
	private static final Set<String> RESERVED = Set.of("deployment", "import", "host", "network", "secret", "vm",
			"container", "balancer", "profile");

	private Identifiers() {
	}

	/** The name itself when it is an identifier, else with every other character replaced by {@code _}. */
	public static String valid(String name) {
		StringBuilder id = new StringBuilder();
		for (char c : name.toCharArray()) {
			id.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-') ? c : '_');
		}
		if (id.length() == 0 || !(Character.isLetter(id.charAt(0)) || id.charAt(0) == '_')) {
			id.insert(0, '_');
		}
		String result = id.toString();
		return RESERVED.contains(result) ? result + "_" : result;
	}
}
