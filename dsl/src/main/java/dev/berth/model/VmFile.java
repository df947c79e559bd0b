package dev.berth.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file a VM needs on the host that runs it.
 *
 * @param kind what the file is to the VM
 * @param name the disk's name, {@code kernel}, {@code initrd}, or {@code cdromN} for the N-th CD-ROM from 1
 * @param hostPath the absolute path of the file on the host
 * @param copyFrom the file beside the model that is copied to {@code hostPath}, when the model names a relative path
 * @param create whether the file is a new disk to create (no image given)
 */
public record VmFile(Kind kind, String name, String hostPath, Optional<Path> copyFrom, boolean create) {

	/** What a file is to its VM. */
	public enum Kind {
		DISK, KERNEL, INITRD, CDROM
	}
}
