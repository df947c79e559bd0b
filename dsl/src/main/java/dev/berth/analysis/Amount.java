package dev.berth.analysis;

import dev.berth.model.Figure;
import dev.berth.model.Sizes;
import dev.berth.model.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure of the comparison with how it is computed from the model's values and the coefficients,
 * and the sources of the coefficients it uses.
 *
 * @param unit what the value counts
 * @param value the figure
 * @param formula the computation, ending in {@code = } and the figure, or just the figure when it is given
 * @param sources the sources of the coefficients in the formula, in order of use
 */
public record Amount(Unit unit, double value, String formula, List<Source> sources) {

	/** What an amount counts, and how it is written. */
	public enum Unit {
		/** Bytes, written in binary units: {@code 16.2 GiB}. */
		BYTES,
		/** CPU cores: {@code 8.16}. */
		CORES,
		/** Milliseconds: {@code 250 ms}, {@code 30 s}. */
		MILLIS;

		/** A value in this unit as the reports write it. */
		public String format(double value) {
			return switch (this) {
				case BYTES -> Sizes.format(Math.round(value));
				case CORES -> Decimals.twoPlaces(value);
				case MILLIS -> Reasons.duration(Math.round(value));
			};
		}
	}

	/** A value the model gives, with no computation. */
	static Amount given(Unit unit, double value, String what) {
		return new Amount(unit, value, unit.format(value) + " " + what, List.of());
	}

	/** A coefficient as it is, named by what it is. */
	static Amount of(Unit unit, Figure figure, String what) {
		return new Amount(unit, figure.value(), unit.format(figure.value()) + " " + what, List.of(figure.source()));
	}

	/** The value as the reports write it. */
	public String text() {
		return unit.format(value);
	}

	/** The sum of the parts, its formula the parts' joined by {@code +}. */
	static Amount sum(Unit unit, List<Amount> parts) {
		double total = 0;
		List<String> terms = new ArrayList<>();
		List<Source> sources = new ArrayList<>();
		for (Amount part : parts) {
			total += part.value;
			terms.add(parts.size() > 1 && part.formula.contains(" = ") ? "(" + part.formula + ")" : part.formula);
			part.sources.stream().filter(source -> !sources.contains(source)).forEach(sources::add);
		}
		String formula = parts.isEmpty() ? "nothing" : String.join(" + ", terms);
		return new Amount(unit, total, parts.size() == 1 ? formula : formula + " = " + unit.format(total), sources);
	}

	/** This amount for each of {@code count} instances. */
	Amount times(int count) {
		if (count == 1) {
			return this;
		}
		double total = value * count;
		return new Amount(unit, total, count + " x (" + formula + ") = " + unit.format(total), sources);
	}

	/** A number as a formula writes it: plain, without trailing zeros. */
	static String number(double value) {
		BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
		return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
	}
}
