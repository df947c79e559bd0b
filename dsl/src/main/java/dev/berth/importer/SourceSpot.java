package dev.berth.importer;

import java.nio.file.Path;

/**
 * A place in an imported source file, lines and columns counted from 1.
 *
 * @param file the file as the user named it
 */
public record SourceSpot(Path file, int line, int column) {

	/** The place as diagnostics write it: {@code FILE:LINE:COLUMN}. */
	@Override
	public String toString() {
		return file + ":" + line + ":" + column;
	}
}
