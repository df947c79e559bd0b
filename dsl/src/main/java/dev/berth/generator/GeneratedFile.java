package dev.berth.generator;

/**
 * One file of the output, computed but not yet written.
 *
 * @param path where it goes, relative to the output folder, with {@code /} between segments
 * @param content its full text
 * @param executable whether it is a script to run
 */
public record GeneratedFile(String path, String content, boolean executable) {

	/** A file that is not a script. */
	public static GeneratedFile text(String path, String content) {
		return new GeneratedFile(path, content, false);
	}

	/** A script, written with the executable bit set. */
	public static GeneratedFile script(String path, String content) {
		return new GeneratedFile(path, content, true);
	}
}
