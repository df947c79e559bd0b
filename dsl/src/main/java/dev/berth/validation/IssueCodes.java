package dev.berth.validation;

/** The diagnostic codes of the language contract, spelled exactly as the contract spells them. */
public final class IssueCodes {

	/** Text that does not follow the grammar, or a file that is not valid UTF-8. */
	public static final String SYNTAX = "syntax";

	/** A name that resolves to nothing in scope. */
	public static final String REFERENCE_UNRESOLVED = "reference.unresolved";

	private IssueCodes() {
	}
}
