package dev.berth.importer;

/** A source that cannot be imported at all: unreadable, or not valid YAML or XML; it names the place. */
public final class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient SourceSpot spot;

	public ImportException(SourceSpot spot, String message) {
		super(message);
		this.spot = spot;
	}

	/** Where the source went wrong. */
	public SourceSpot spot() {
		return spot;
	}

	/** The error as one line: {@code SOURCE:LINE:COL: error: MESSAGE}. */
	public String toLine() {
		return spot + ": error: " + getMessage();
	}
}
