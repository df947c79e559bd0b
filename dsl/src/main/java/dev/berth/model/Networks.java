package dev.berth.model;

import dev.berth.berth.Network;
import dev.berth.berth.NetworkMode;
import java.math.BigInteger;
import java.util.Optional;

/** Facts of a network that several outputs share: where its traffic leaves it. */
public final class Networks {

	private Networks() {
	}

	/**
	 * The gateway of a network: the one the model gives, else, for a network libvirt serves (nat
	 * or routed), the first address of its subnet, where libvirt puts itself; none otherwise.
	 */
	public static Optional<String> gateway(Network network) {
		if (network.getGateway() != null) {
			return Optional.of(network.getGateway());
		}
		if (network.getMode() != NetworkMode.NAT && network.getMode() != NetworkMode.ROUTED) {
			return Optional.empty();
		}
		return Cidr.parse(network.getSubnet()).map(subnet -> IpText.format(
				new IpAddress(subnet.network().value().add(BigInteger.ONE), subnet.network().bits())));
	}
}
