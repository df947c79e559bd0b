package dev.berth.generator;

import dev.berth.berth.Network;
import dev.berth.berth.NetworkMode;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The Linux bridge behind a network: for {@code mode bridge}, the existing bridge of the host the
 * model names; otherwise the bridge libvirt creates, named within the 15 characters Linux allows.
 */
public final class Bridges {

	private static final int MAX_INTERFACE_NAME = 15;
	private static final String PREFIX = "bn-";

	private Bridges() {
	}

	/** The host's bridge of a bridged network; else {@code bn-NAME}, shortened with a checksum of the full name when too long. */
	public static String of(Network network) {
		if (network.getMode() == NetworkMode.BRIDGE && network.getBridge() != null) {
			return network.getBridge();
		}
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
