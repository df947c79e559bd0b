package dev.berth.generator.libvirt;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** UUIDs derived from names, so that the same model always gives the same identifiers. */
final class Identifiers {

	private Identifiers() {
	}

	/** A name-based UUID for a domain or network of a machine in a deployment. */
	static String uuid(String deployment, String machine, String kind, String name) {
		return UUID.nameUUIDFromBytes(("berth:" + deployment + ":" + machine + ":" + kind + ":" + name)
				.getBytes(StandardCharsets.UTF_8)).toString();
	}
}
