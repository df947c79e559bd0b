package dev.berth.model;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A subnet in CIDR notation, {@code 10.0.1.0/24} or {@code fd00::/64}, whose address has no
 * host bits set.
 *
 * @param network the first address of the subnet
 * @param prefix the number of network bits
 */
public record Cidr(IpAddress network, int prefix) {

	/** The subnet a text names, or empty when it is not a CIDR with a clean network address. */
	public static Optional<Cidr> parse(String text) {
		Optional<ParsedCidr> parsed = ParsedCidr.parse(text);
		return parsed.filter(p -> p.address().value().equals(p.cidr().network().value())).map(ParsedCidr::cidr);
	}

	/** The subnet that contains a CIDR's address, for a text such as {@code 10.0.1.5/24} that sets host bits. */
	public static Optional<Cidr> enclosing(String text) {
		return ParsedCidr.parse(text).map(ParsedCidr::cidr);
	}

	/** The last address of the subnet. */
	public BigInteger last() {
		return network.value().or(hostMask(network.bits(), prefix));
	}

	/** Whether an address lies in the subnet. */
	public boolean contains(IpAddress address) {
		return address.bits() == network.bits() && address.value().compareTo(network.value()) >= 0
				&& address.value().compareTo(last()) <= 0;
	}

	/** Whether two subnets of the same family share an address. */
	public boolean overlaps(Cidr other) {
		return network.bits() == other.network.bits() && network.value().compareTo(other.last()) <= 0
				&& other.network.value().compareTo(last()) <= 0;
	}

	@Override
	public String toString() {
		return IpText.format(network) + "/" + prefix;
	}

	static BigInteger hostMask(int bits, int prefix) {
		return BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
	}

	private record ParsedCidr(IpAddress address, Cidr cidr) {

		static Optional<ParsedCidr> parse(String text) {
			if (text == null) {
				return Optional.empty();
			}
			int slash = text.indexOf('/');
			if (slash < 0 || !text.substring(slash + 1).matches("\\d{1,3}")) {
				return Optional.empty();
			}
			int prefix = Integer.parseInt(text.substring(slash + 1));
			return IpAddress.parse(text.substring(0, slash)).filter(a -> prefix <= a.bits()).map(a -> new ParsedCidr(a,
					new Cidr(new IpAddress(a.value().andNot(hostMask(a.bits(), prefix)), a.bits()), prefix)));
		}
	}
}
