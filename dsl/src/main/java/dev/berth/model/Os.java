package dev.berth.model;

import dev.berth.berth.OsFamily;

/**
 * An operating system as the model states it: its family, which is also the kernel its containers
 * share, and the free text that names the release (empty when none is given).
 */
public record Os(OsFamily family, String description) {

	/** Linux with no release named: what a machine or container is when it says nothing. */
	public static final Os DEFAULT = new Os(OsFamily.LINUX, "");
}
