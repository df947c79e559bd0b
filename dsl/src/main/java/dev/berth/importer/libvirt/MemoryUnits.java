package dev.berth.importer.libvirt;

import java.math.BigInteger;
import java.util.Map;
import java.util.OptionalLong;

/** libvirt's memory units ({@code unit='KiB'}, the default, {@code MiB}, {@code GB}, {@code bytes} ...) in bytes. */
final class MemoryUnits {

	private static final BigInteger K = BigInteger.valueOf(1024);
	private static final BigInteger KB = BigInteger.valueOf(1000);

	private static final Map<String, BigInteger> FACTORS = Map.ofEntries(Map.entry("b", BigInteger.ONE),
			Map.entry("bytes", BigInteger.ONE), Map.entry("k", K), Map.entry("KiB", K), Map.entry("KB", KB),
			Map.entry("M", K.pow(2)), Map.entry("MiB", K.pow(2)), Map.entry("MB", KB.pow(2)), Map.entry("G", K.pow(3)),
			Map.entry("GiB", K.pow(3)), Map.entry("GB", KB.pow(3)), Map.entry("T", K.pow(4)), Map.entry("TiB", K.pow(4)),
			Map.entry("TB", KB.pow(4)), Map.entry("P", K.pow(5)), Map.entry("PiB", K.pow(5)), Map.entry("PB", KB.pow(5)),
			Map.entry("E", K.pow(6)), Map.entry("EiB", K.pow(6)), Map.entry("EB", KB.pow(6)));

	private MemoryUnits() {
	}

	/** The bytes of a value in a unit (KiB when the unit is empty); empty when either is not libvirt's or it overflows. */
	static OptionalLong bytes(String value, String unit) {
		BigInteger factor = FACTORS.get(unit.isEmpty() ? "KiB" : unit);
		if (factor == null || !value.matches("[0-9]{1,20}")) {
			return OptionalLong.empty();
		}
		BigInteger bytes = new BigInteger(value).multiply(factor);
		return bytes.bitLength() < Long.SIZE ? OptionalLong.of(bytes.longValue()) : OptionalLong.empty();
	}
}
