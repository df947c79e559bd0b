package dev.berth.model;

import java.util.Locale;

/** Names as DNS labels (RFC 1123): what a guest's host name and a DHCP host entry must be. */
public final class DnsLabels {

	private static final int MAX_LENGTH = 63;

	private DnsLabels() {
	}

	/**
	 * A name as a DNS label: lower case, underscores and other characters outside letters, digits
	 * and hyphens as hyphens, no hyphen at either end, at most 63 characters; {@code vm} when nothing is left.
	 */
	public static String of(String name) {
		String label = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("^-+", "");
		if (label.length() > MAX_LENGTH) {
			label = label.substring(0, MAX_LENGTH);
		}
		label = label.replaceAll("-+$", "");
		return label.isEmpty() ? "vm" : label;
	}
}
