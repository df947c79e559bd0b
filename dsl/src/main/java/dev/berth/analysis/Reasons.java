package dev.berth.analysis;

/** The sentences that explain a comparison, with the figures. */
final class Reasons {

	private Reasons() {
	}

	/** How much memory the lighter form saves over the heavier, and what the difference is made of. */
	static String memory(Footprint heavier, Footprint lighter, String madeOf) {
		double saved = heavier.memory().value() - lighter.memory().value();
		if (saved <= 0) {
			return "as a " + lighter.form().label() + " it would need " + lighter.memory().text() + " of memory, no less "
					+ "than the " + heavier.memory().text() + " it needs as a " + heavier.form().label();
		}
		return "as a " + lighter.form().label() + " it needs " + lighter.memory().text() + " of memory instead of "
				+ heavier.memory().text() + " as a " + heavier.form().label() + ": "
				+ Amount.Unit.BYTES.format(saved) + " less, the cost of " + madeOf;
	}

	/** How the start times compare. */
	static String start(Footprint slower, Footprint faster) {
		return "a " + faster.form().label() + " starts in " + faster.start().text() + ", a " + slower.form().label()
				+ " in " + slower.start().text();
	}

	static String duration(long millis) {
		return millis < 1000 ? millis + " ms" : Decimals.seconds(millis) + " s";
	}
}
