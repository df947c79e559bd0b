package dev.berth.generator;

/**
 * One file of the output, computed but not yet written.
 *
 * @param path where it goes, relative to the output folder, with {@code /} between segments
 * @param content its full text
 */
public record GeneratedFile(String path, String content) {

	/** A text file. */
	public static GeneratedFile text(String path, String content) {
		return new GeneratedFile(path, content);
	}
}
