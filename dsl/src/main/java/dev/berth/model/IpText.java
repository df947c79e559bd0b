package dev.berth.model;

import java.math.BigInteger;

/** Writes addresses back as text: dotted quads, and IPv6 groups with the longest zero run compressed. */
public final class IpText {

	private IpText() {
	}

	/** The usual text of an address. */
	public static String format(IpAddress address) {
		return address.bits() == 32 ? v4(address.value().longValue()) : v6(address.value());
	}

	private static String v4(long value) {
		return ((value >> 24) & 0xff) + "." + ((value >> 16) & 0xff) + "." + ((value >> 8) & 0xff) + "." + (value & 0xff);
	}

	private static String v6(BigInteger value) {
		int[] groups = new int[8];
		for (int i = 7; i >= 0; i--) {
			groups[i] = value.intValue() & 0xffff;
			value = value.shiftRight(16);
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8; i++) {
			int length = 0;
			while (i + length < 8 && groups[i + length] == 0) {
				length++;
			}
			if (length > bestLength) {
				bestStart = i;
				bestLength = length;
			}
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				text.append("::");
				i += bestLength - 1;
				continue;
			}
			if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
				text.append(':');
			}
			text.append(Integer.toHexString(groups[i]));
		}
		return text.toString();
	}
}
