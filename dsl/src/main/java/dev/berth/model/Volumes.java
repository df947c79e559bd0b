package dev.berth.model;

import dev.berth.berth.Volume;

/** The data a container's volume holds, as its {@code size} declares it. */
public final class Volumes {

	private Volumes() {
	}

	/** The bytes a volume's {@code size} stands for; 0 when it gives none. */
	public static long sizeBytes(Volume volume) {
		return Sizes.bytes(volume.getSize());
	}
}
