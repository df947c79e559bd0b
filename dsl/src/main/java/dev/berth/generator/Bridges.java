package dev.berth.generator;

import dev.berth.berth.Network;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** The Linux bridge behind a libvirt network, named within the 15 characters Linux allows. */
public final class Bridges {

	private static final int MAX_INTERFACE_NAME = 15;
	private static final String PREFIX = "bn-";

	private Bridges() {
	}

	/** {@code bn-NAME}, or a shortened name with a checksum of the full one when that is too long. */
	public static String of(Network network) {
		String name = network.getName();
		if (PREFIX.length() + name.length() <= MAX_INTERFACE_NAME) {
			return PREFIX + name;
		}
		CRC32 crc = new CRC32();
		crc.update(name.getBytes(StandardCharsets.UTF_8));
		String hash = String.format("%05x", crc.getValue() & 0xfffff);
		return PREFIX + name.substring(0, MAX_INTERFACE_NAME - PREFIX.length() - hash.length() - 1) + "-" + hash;
	}
}
