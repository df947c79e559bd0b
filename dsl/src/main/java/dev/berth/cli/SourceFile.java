package dev.berth.cli;

import java.nio.file.Path;

/**
 * A {@code .berth} file that a command reads.
 *
 * @param path where it is on disk
 * @param displayPath how diagnostics name it: as the user wrote it, or below the folder the user wrote
 */
public record SourceFile(Path path, String displayPath) {
}
