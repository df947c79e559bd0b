package dev.berth.importer;

/**
 * What an import reports about a source: a key it did not carry, or a name it changed.
 *
 * @param code {@code import.skipped} or {@code import.renamed}
 */
public record ImportDiagnostic(SourceSpot spot, String message, String code) {

	/** The diagnostic as one line: {@code SOURCE:LINE:COL: warning: MESSAGE [CODE]}. */
	public String toLine() {
		return spot + ": warning: " + message + " [" + code + "]";
	}
}
