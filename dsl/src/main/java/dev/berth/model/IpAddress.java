package dev.berth.model;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address as a number, parsed strictly from its text (dotted quad, or IPv6 with
 * {@code ::} compression and an optional dotted-quad tail); host names are never looked up.
 *
 * @param value the address as an unsigned number
 * @param bits 32 for IPv4, 128 for IPv6
 */
public record IpAddress(BigInteger value, int bits) {

	/** The address a text names, or empty when it is not an address. */
	public static Optional<IpAddress> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		if (text.contains(":")) {
			return parseV6(text).map(v -> new IpAddress(v, 128));
		}
		return parseV4(text).map(v -> new IpAddress(BigInteger.valueOf(v), 32));
	}

	private static Optional<Long> parseV4(String text) {
		String[] parts = text.split("\\.", -1);
		if (parts.length != 4) {
			return Optional.empty();
		}
		long value = 0;
		for (String part : parts) {
			if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
					|| (part.length() > 1 && part.startsWith("0"))) {
				return Optional.empty();
			}
			int octet = Integer.parseInt(part);
			if (octet > 255) {
				return Optional.empty();
			}
			value = (value << 8) | octet;
		}
		return Optional.of(value);
	}

	private static Optional<BigInteger> parseV6(String text) {
		int compression = text.indexOf("::");
		if (compression != text.lastIndexOf("::")) {
			return Optional.empty();
		}
		String head = compression < 0 ? text : text.substring(0, compression);
		String tail = compression < 0 ? "" : text.substring(compression + 2);
		Optional<int[]> headGroups = groups(head, compression < 0);
		Optional<int[]> tailGroups = groups(tail, true);
		if (headGroups.isEmpty() || tailGroups.isEmpty()) {
			return Optional.empty();
		}
		int count = headGroups.get().length + tailGroups.get().length;
		if (compression < 0 ? count != 8 : count > 7) {
			return Optional.empty();
		}
		int[] all = new int[8];
		System.arraycopy(headGroups.get(), 0, all, 0, headGroups.get().length);
		System.arraycopy(tailGroups.get(), 0, all, 8 - tailGroups.get().length, tailGroups.get().length);
		BigInteger value = BigInteger.ZERO;
		for (int group : all) {
			value = value.shiftLeft(16).or(BigInteger.valueOf(group));
		}
		return Optional.of(value);
	}

	/** The 16-bit groups of one side of {@code ::}; the last side may end in a dotted quad. */
	private static Optional<int[]> groups(String side, boolean mayEndInV4) {
		if (side.isEmpty()) {
			return Optional.of(new int[0]);
		}
		String[] parts = side.split(":", -1);
		String last = parts[parts.length - 1];
		boolean v4Tail = mayEndInV4 && last.contains(".");
		int[] groups = new int[parts.length + (v4Tail ? 1 : 0)];
		for (int i = 0; i < parts.length - (v4Tail ? 1 : 0); i++) {
			if (!parts[i].matches("[0-9a-fA-F]{1,4}")) {
				return Optional.empty();
			}
			groups[i] = Integer.parseInt(parts[i], 16);
		}
		if (v4Tail) {
			Optional<Long> v4 = parseV4(last);
			if (v4.isEmpty()) {
				return Optional.empty();
			}
			groups[groups.length - 2] = (int) (v4.get() >>> 16);
			groups[groups.length - 1] = (int) (v4.get() & 0xffff);
		}
		return Optional.of(groups);
	}
}
