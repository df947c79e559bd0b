package dev.berth.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a text file whole or not at all: to a temporary file beside it, then renamed over it. */
final class TextFiles {

	private TextFiles() {
	}

	static void write(Path path, String text) throws IOException {
		Path absolute = path.toAbsolutePath();
		Path temporary = Files.createTempFile(absolute.getParent(), "." + path.getFileName(), ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
