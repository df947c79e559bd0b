package dev.berth.generator.libvirt;

import dev.berth.berth.Hypervisor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** UUIDs and MAC addresses derived from names, so that the same model always gives the same identifiers. */
final class Identifiers {

	private Identifiers() {
	}

	/** A name-based UUID for a domain or network of a machine. */
	static String uuid(String machine, String kind, String name) {
		return UUID.nameUUIDFromBytes(("berth:" + machine + ":" + kind + ":" + name).getBytes(StandardCharsets.UTF_8))
				.toString();
	}

	/** A MAC address in the range of the hypervisor's vendor prefix, derived from the VM and interface. */
	static String mac(Hypervisor hypervisor, String machine, String vm, int index) {
		byte[] hash = sha256(machine + "/" + vm + "/" + index);
		String prefix = switch (hypervisor) {
			case XEN -> "00:16:3e";
			case ESXI -> "00:50:56";
			case HYPERV -> "00:15:5d";
			default -> "52:54:00";
		};
		int first = hypervisor == Hypervisor.ESXI ? hash[0] & 0x3f : hash[0] & 0xff;
		return String.format("%s:%02x:%02x:%02x", prefix, first, hash[1] & 0xff, hash[2] & 0xff);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK offers no SHA-256", e);
		}
	}
}
