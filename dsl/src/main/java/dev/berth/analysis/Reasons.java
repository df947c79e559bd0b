package dev.berth.analysis;

import dev.berth.model.Sizes;

/** The sentences that explain a comparison, with the figures. */
final class Reasons {

	private Reasons() {
	}

	/** How much memory the lighter form saves over the heavier, and what the difference is made of. */
	static String memory(Footprint heavier, Footprint lighter, String madeOf) {
		long saved = heavier.memoryBytes() - lighter.memoryBytes();
		if (saved <= 0) {
			return "as a " + lighter.form() + " it would need " + Sizes.format(lighter.memoryBytes()) + " of memory, no less "
					+ "than the " + Sizes.format(heavier.memoryBytes()) + " it needs as a " + heavier.form();
		}
		return "as a " + lighter.form() + " it needs " + Sizes.format(lighter.memoryBytes()) + " of memory instead of "
				+ Sizes.format(heavier.memoryBytes()) + " as a " + heavier.form() + ": " + Sizes.format(saved)
				+ " less, the cost of " + madeOf;
	}

	/** How the start times compare. */
	static String start(Footprint slower, Footprint faster) {
		return "a " + faster.form() + " starts in " + duration(faster.startMillis()) + ", a " + slower.form() + " in "
				+ duration(slower.startMillis());
	}

	static String duration(long millis) {
		return millis < 1000 ? millis + " ms" : Decimals.seconds(millis) + " s";
	}
}
