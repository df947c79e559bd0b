package dev.berth.model;

import java.util.regex.Pattern;

/** What may stand where a machine is reached or a port is bound: an IP literal or an RFC 1123 host name. */
public final class HostNames {

	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
	private static final int MAX_LENGTH = 253;

	private HostNames() {
	}

	/** Whether the text is an IPv4 or IPv6 address or a DNS host name (labels of letters, digits and inner hyphens). */
	public static boolean isValid(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		if (IpAddress.parse(text).isPresent()) {
			return true;
		}
		String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
		if (name.isEmpty() || name.length() > MAX_LENGTH) {
			return false;
		}
		for (String label : name.split("\\.", -1)) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	/** Whether the text is a loopback address or {@code localhost}. */
	public static boolean isLoopback(String text) {
		return text.startsWith("127.") || text.equals("::1") || text.equalsIgnoreCase("localhost");
	}

	/** An address as it stands before {@code :PORT}: IPv6 literals in brackets. */
	public static String withPort(String address, int port) {
		return uriHost(address) + ":" + port;
	}

	/**
	 * An address as the host of a URI ({@code esx://HOST}, {@code ssh://HOST}) or of an scp
	 * destination: an IPv6 literal in brackets (RFC 3986), anything else as it is.
	 */
	public static String uriHost(String address) {
		return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
	}
}
