package dev.berth.importer;

import dev.berth.model.Sizes;

/** Writes values as Berth's syntax spells them: quoted strings, sizes with units. */
public final class BerthText {

	private BerthText() {
	}

	/** A string literal, with backslash, quote and control characters escaped. */
	public static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> quoted.append("\\\\");
				case '"' -> quoted.append("\\\"");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	/** A size in the largest binary unit that divides it exactly: {@code 512 MiB}, {@code 4 GiB}, {@code 1536 KiB}. */
	public static String size(long bytes) {
		long[] factors = { Sizes.TIB, Sizes.GIB, Sizes.MIB, Sizes.KIB };
		String[] units = { "TiB", "GiB", "MiB", "KiB" };
		for (int i = 0; i < factors.length; i++) {
			if (bytes >= factors[i] && bytes % factors[i] == 0) {
				return bytes / factors[i] + " " + units[i];
			}
		}
		return Math.max(1, (bytes + Sizes.KIB - 1) / Sizes.KIB) + " KiB";
	}
}
