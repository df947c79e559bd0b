package dev.berth.generator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Replaces a file as a whole, through a temporary file beside it that is renamed over it. */
final class AtomicFiles {

	private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
	private static final FileAttribute<Set<PosixFilePermission>> PRIVATE = PosixFilePermissions
			.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
	private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

	private AtomicFiles() {
	}

	/**
	 * Writes the bytes to the file, whose folder exists: readers see the old file or the new one,
	 * never a part; the temporary file is private to its owner until it is complete.
	 */
	static void replace(Path target, byte[] bytes) throws IOException {
		Path temporary = target.resolveSibling("." + target.getFileName() + Long.toUnsignedString(
				ThreadLocalRandom.current().nextLong()) + ".tmp");
		SeekableByteChannel channel;
		try {
			channel = Files.newByteChannel(temporary, CREATE_NEW, PRIVATE);
		} catch (FileAlreadyExistsException e) {
			replace(target, bytes);
			return;
		}
		try {
			try (channel) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
			}
			Files.setPosixFilePermissions(temporary, READABLE);
			move(temporary, target);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
