package dev.berth.model;

import dev.berth.berth.Size;
import dev.berth.berth.SizeUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Sizes in bytes: the units of the language, and a readable form for messages. */
public final class Sizes {

	public static final long KIB = 1L << 10;
	public static final long MIB = 1L << 20;
	public static final long GIB = 1L << 30;
	public static final long TIB = 1L << 40;

	private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
	private static final String[] UNITS = { "TiB", "GiB", "MiB", "KiB" };
	private static final long[] FACTORS = { TIB, GIB, MIB, KIB };

	/**
	 * Below this many bytes a count and its quotient by a unit are exact doubles, and the quotient is
	 * far enough from every rounding midpoint that rounding its decimal digits, as the formatter
	 * does, and rounding the exact quotient agree.
	 */
	private static final long EXACT = (1L << 53) / 20;

	private Sizes() {
	}

	/** The number of bytes a size stands for, rounded to a whole byte; 0 when the size is absent or incomplete. */
	public static long bytes(Size size) {
		if (size == null || size.getValue() == null) {
			return 0;
		}
		BigDecimal bytes = size.getValue().multiply(BigDecimal.valueOf(multiplier(size.getUnit())));
		return bytes.compareTo(MAX) >= 0 ? Long.MAX_VALUE : bytes.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/** How many bytes one of the unit makes: powers of 1024 for KiB to TiB, of 1000 for KB to TB. */
	public static long multiplier(SizeUnit unit) {
		return switch (unit) {
			case KIB -> KIB;
			case MIB -> MIB;
			case GIB -> GIB;
			case TIB -> TIB;
			case KB -> 1_000L;
			case MB -> 1_000_000L;
			case GB -> 1_000_000_000L;
			case TB -> 1_000_000_000_000L;
		};
	}

	/** A byte count in the largest binary unit that keeps it at 1 or more: {@code 64.0 GiB}, {@code 256 MiB}. */
	public static String format(long bytes) {
		for (int i = 0; i < UNITS.length; i++) {
			if (Math.abs(bytes) >= FACTORS[i]) {
				return Math.abs(bytes) < EXACT ? exact(bytes, FACTORS[i]) + " " + UNITS[i] : rounded(bytes, i);
			}
		}
		return bytes + " B";
	}

	/**
	 * A count below {@link #EXACT} in a unit, by integer arithmetic: whole below GiB, else to a tenth
	 * rounded half up, just as {@code %.0f} and {@code %.1f} write the quotient.
	 */
	private static String exact(long bytes, long factor) {
		long magnitude = Math.abs(bytes);
		String sign = bytes < 0 ? "-" : "";
		if (factor < GIB && magnitude % factor == 0) {
			return sign + magnitude / factor;
		}
		long tenths = (magnitude * 10 + factor / 2) / factor;
		return sign + tenths / 10 + "." + tenths % 10;
	}

	/** A count of {@link #EXACT} or more, where the quotient as a double is no longer exact, through the formatter. */
	private static String rounded(long bytes, int unit) {
		double value = (double) bytes / FACTORS[unit];
		boolean whole = FACTORS[unit] < GIB && value == Math.rint(value);
		return String.format(Locale.ROOT, whole ? "%.0f %s" : "%.1f %s", value, UNITS[unit]);
	}
}
