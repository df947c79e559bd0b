package dev.berth.model;

import dev.berth.berth.Duration;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Durations of a model in microseconds, and in the notations Compose ({@code 1m30s} style units) and Berth read. */
public final class Durations {

	public static final long MICROS_PER_MILLI = 1_000L;
	public static final long MICROS_PER_SECOND = 1_000_000L;
	public static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
	public static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;

	private Durations() {
	}

	/** The duration in whole microseconds, rounded half up; zero when absent. */
	public static long micros(Duration duration) {
		if (duration == null || duration.getValue() == null) {
			return 0;
		}
		long unit = switch (duration.getUnit()) {
			case MS -> MICROS_PER_MILLI;
			case S -> MICROS_PER_SECOND;
			case MIN -> MICROS_PER_MINUTE;
			case H -> MICROS_PER_HOUR;
		};
		return duration.getValue().multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/** A duration in the largest unit that states it exactly: {@code 90s}, {@code 500ms}, {@code 2h}. */
	public static String compose(long micros) {
		if (micros != 0 && micros % MICROS_PER_HOUR == 0) {
			return micros / MICROS_PER_HOUR + "h";
		}
		if (micros != 0 && micros % MICROS_PER_MINUTE == 0) {
			return micros / MICROS_PER_MINUTE + "m";
		}
		if (micros % MICROS_PER_SECOND == 0) {
			return micros / MICROS_PER_SECOND + "s";
		}
		return micros % MICROS_PER_MILLI == 0 ? micros / MICROS_PER_MILLI + "ms" : micros + "us";
	}

	/** A duration in Berth's notation, in the largest unit that states it exactly: {@code 2 h}, {@code 90 s}, {@code 1.5 ms}. */
	public static String berth(long micros) {
		if (micros != 0 && micros % MICROS_PER_HOUR == 0) {
			return micros / MICROS_PER_HOUR + " h";
		}
		if (micros != 0 && micros % MICROS_PER_MINUTE == 0) {
			return micros / MICROS_PER_MINUTE + " min";
		}
		if (micros != 0 && micros % MICROS_PER_SECOND == 0) {
			return micros / MICROS_PER_SECOND + " s";
		}
		return BigDecimal.valueOf(micros).divide(BigDecimal.valueOf(MICROS_PER_MILLI)).stripTrailingZeros()
				.toPlainString() + " ms";
	}
}
