package dev.berth.analysis;

import java.util.Locale;

/** Writes numbers as {@code %.2f} and {@code %.0f} do, without a formatter where plain arithmetic gives the same text. */
final class Decimals {

	/** Below this a hundredfold value's error as a double is far smaller than {@link #MARGIN}. */
	private static final double EXACT = 1e9;
	/** How far from a rounding midpoint a hundredfold value must be for both roundings to agree. */
	private static final double MARGIN = 1e-6;
	/** Below this many milliseconds their count of seconds as a double is exact to far better than a thousandth. */
	private static final long EXACT_MILLIS = 1L << 50;

	private Decimals() {
	}

	/** A positive value with two decimals, rounded half up, as {@code %.2f} writes it. */
	static String twoPlaces(double value) {
		double hundredfold = value * 100;
		double fraction = hundredfold - Math.floor(hundredfold);
		if (!(value > 0) || hundredfold >= EXACT || Math.abs(fraction - 0.5) < MARGIN) {
			return String.format(Locale.ROOT, "%.2f", value);
		}
		long hundredths = Math.round(hundredfold);
		long cents = hundredths % 100;
		return hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
	}

	/** Milliseconds, from one second on, as whole seconds rounded half up, as {@code %.0f} writes {@code millis / 1000.0}. */
	static String seconds(long millis) {
		return millis < EXACT_MILLIS ? String.valueOf((millis + 500) / 1000)
				: String.format(Locale.ROOT, "%.0f", millis / 1000.0);
	}
}
