package dev.berth.importer.compose;

import dev.berth.importer.BerthText;
import dev.berth.model.Durations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes, durations and CPU counts as Compose writes them, in Berth's syntax. */
final class ComposeUnits {

	private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgtp]?)b?", Pattern.CASE_INSENSITIVE);
	private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
	private static final String UNITS = "kmgtp";

	private ComposeUnits() {
	}

	/** A memory size such as {@code 512m}, {@code 1g}, {@code 1.5gb} or a byte count (Docker's units are binary), as a Berth size. */
	static Optional<String> size(String text) {
		Matcher matcher = SIZE.matcher(text.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int power = UNITS.indexOf(matcher.group(2).toLowerCase(Locale.ROOT)) + 1;
		BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
		long whole = bytes.setScale(0, RoundingMode.CEILING).longValueExact();
		return whole > 0 ? Optional.of(BerthText.size(whole)) : Optional.empty();
	}

	/** A Go duration such as {@code 1m30s}, {@code 500ms} or {@code 2h} as a Berth duration in its largest exact unit. */
	static Optional<String> duration(String text) {
		Matcher part = DURATION_PART.matcher(text.trim());
		BigDecimal micros = BigDecimal.ZERO;
		int end = 0;
		while (part.find() && part.start() == end) {
			micros = micros.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(micros(part.group(2)))));
			end = part.end();
		}
		if (end == 0 || end != text.trim().length()) {
			return Optional.empty();
		}
		return Optional.of(Durations.berth(micros.setScale(0, RoundingMode.HALF_UP).longValueExact()));
	}

	private static long micros(String unit) {
		return switch (unit) {
			case "h" -> Durations.MICROS_PER_HOUR;
			case "m" -> Durations.MICROS_PER_MINUTE;
			case "s" -> Durations.MICROS_PER_SECOND;
			case "ms" -> Durations.MICROS_PER_MILLI;
			default -> unit.equals("ns") ? 0 : 1;
		};
	}

	/** A CPU count such as {@code 0.5} or {@code "2"}, when it is a positive number. */
	static Optional<String> cpus(String text) {
		try {
			BigDecimal cpus = new BigDecimal(text.trim());
			return cpus.signum() > 0 ? Optional.of(cpus.stripTrailingZeros().toPlainString()) : Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
