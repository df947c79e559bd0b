package dev.berth.model;

/**
 * Where a coefficient of the comparison analysis comes from: a published document at an address,
 * an estimate with the reasoning behind it, or a profile in the model that overrides the default.
 *
 * @param kind which of the three it is
 * @param text the document's title and what it states, the estimate's reasoning, or the profile's name
 * @param address the document's web address; for an estimate the address of what supports it, if anything
 */
public record Source(Kind kind, String text, String address) {

	/** The three kinds of source. */
	public enum Kind {
		/** A published document states the figure. */
		PUBLISHED,
		/** No document states the figure; it is engineering judgement, with its reasoning. */
		ESTIMATE,
		/** A {@code profile} in the model sets the figure. */
		MODEL
	}

	/** A figure a document states, with the document's address. */
	public static Source published(String text, String address) {
		return new Source(Kind.PUBLISHED, text, address);
	}

	/** A figure no document states, with why it was chosen and what supports it (an address, or null). */
	public static Source estimate(String why, String address) {
		return new Source(Kind.ESTIMATE, why, address);
	}

	/** A figure set by a {@code profile} of the model. */
	public static Source model(String profile) {
		return new Source(Kind.MODEL, "profile " + profile + " in the model", null);
	}

	/** The source in one line: the text, prefixed with "estimate: " for an estimate, then the address if any. */
	public String cite() {
		String line = (kind == Kind.ESTIMATE ? "estimate: " : "") + text;
		return address == null ? line : line + " (" + address + ")";
	}
}
