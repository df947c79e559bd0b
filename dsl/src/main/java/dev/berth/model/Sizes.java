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
		String[] units = { "TiB", "GiB", "MiB", "KiB" };
		long[] factors = { TIB, GIB, MIB, KIB };
		for (int i = 0; i < units.length; i++) {
			if (Math.abs(bytes) >= factors[i]) {
				double value = (double) bytes / factors[i];
				boolean whole = factors[i] < GIB && value == Math.rint(value);
				return String.format(Locale.ROOT, whole ? "%.0f %s" : "%.1f %s", value, units[i]);
			}
		}
		return bytes + " B";
	}
}
