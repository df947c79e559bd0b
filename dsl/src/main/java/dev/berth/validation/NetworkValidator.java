package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Element;
import dev.berth.berth.Interface;
import dev.berth.berth.Network;
import dev.berth.berth.NetworkMode;
import dev.berth.model.Cidr;
import dev.berth.model.IpAddress;
import dev.berth.model.IpText;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.eclipse.xtext.validation.Check;

/**
 * Subnets are valid CIDRs that do not overlap; a bridged network names its bridge; dns servers are
 * addresses; fixed IPs lie inside their subnet, once each, apart from the gateway.
 */
public class NetworkValidator extends ConcernValidator {

	@Check
	public void checkSubnetIsValid(Network network) {
		String subnet = network.getSubnet();
		if (subnet == null || Cidr.parse(subnet).isPresent()) {
			return;
		}
		Optional<Cidr> enclosing = Cidr.enclosing(subnet);
		String message = enclosing.isPresent()
				? "subnet " + subnet + " of network " + network.getName() + " sets host bits; write " + enclosing.get()
				: "subnet '" + subnet + "' of network " + network.getName()
						+ " is not an IPv4 or IPv6 CIDR; write one such as 10.0.1.0/24 or fd00:1::/64";
		error(message, network, BerthPackage.Literals.NETWORK__SUBNET, IssueCodes.NETWORK_SUBNET_INVALID,
				enclosing.map(Cidr::toString).orElse(""));
	}

	@Check
	public void checkSubnetsDoNotOverlap(Network network) {
		Map<Network, Network> overlaps = fact(network, SubnetOverlaps.class, () -> SubnetOverlaps.find(site(network)));
		Network earlier = overlaps.get(network);
		if (earlier != null) {
			Cidr mine = Cidr.parse(network.getSubnet()).orElseThrow();
			Cidr theirs = Cidr.parse(earlier.getSubnet()).orElseThrow();
			error("subnet " + mine + " of network " + network.getName() + " overlaps subnet " + theirs + " of network "
					+ earlier.getName() + "; pick a subnet outside " + IpText.format(theirs.network()) + " - "
					+ IpText.format(new IpAddress(theirs.last(), theirs.network().bits())), network,
					BerthPackage.Literals.NETWORK__SUBNET, IssueCodes.NETWORK_SUBNET_OVERLAP, earlier.getName());
		}
	}

	@Check
	public void checkBridgedNetworkNamesBridge(Network network) {
		if (network.getMode() == NetworkMode.BRIDGE && network.getBridge() == null) {
			error("network " + network.getName() + " has mode bridge but names no bridge; libvirt and macvlan attach its "
					+ "interfaces to an existing bridge of each host, so add `bridge \"NAME\"` with that bridge's name, "
					+ "such as br0", network, BerthPackage.Literals.NETWORK__MODE, IssueCodes.NETWORK_NO_BRIDGE,
					network.getName());
		}
	}

	@Check
	public void checkDnsServersAreAddresses(Network network) {
		for (int i = 0; i < network.getDns().size(); i++) {
			String dns = network.getDns().get(i);
			if (IpAddress.parse(dns).isEmpty()) {
				error("dns '" + dns + "' of network " + network.getName() + " is not an IPv4 or IPv6 address; guests "
						+ "get it through cloud-init as a name server, which takes an address only; write one such as "
						+ "192.168.10.1 or 2001:db8::53", network, BerthPackage.Literals.NETWORK__DNS, i,
						IssueCodes.NETWORK_DNS_INVALID, dns);
			}
		}
	}

	@Check
	public void checkGatewayIsInsideSubnet(Network network) {
		Optional<Cidr> subnet = Cidr.parse(network.getSubnet());
		if (network.getGateway() == null || subnet.isEmpty()) {
			return;
		}
		Optional<IpAddress> gateway = IpAddress.parse(network.getGateway());
		if (gateway.isEmpty() || !subnet.get().contains(gateway.get())) {
			error("gateway " + network.getGateway() + " of network " + network.getName() + " is not an address in "
					+ subnet.get() + "; pick one such as " + firstHost(subnet.get()), network,
					BerthPackage.Literals.NETWORK__GATEWAY, IssueCodes.NETWORK_IP_OUTSIDE, firstHost(subnet.get()));
		}
	}

	@Check
	public void checkIpInsideSubnet(Interface nic) {
		if (nic.getIp() == null || nic.getNetwork() == null || nic.getNetwork().eIsProxy()) {
			return;
		}
		Optional<Cidr> subnet = Cidr.parse(nic.getNetwork().getSubnet());
		Optional<IpAddress> ip = IpAddress.parse(nic.getIp());
		if (ip.isEmpty()) {
			error("'" + nic.getIp() + "' is not an IPv4 or IPv6 address", nic, BerthPackage.Literals.INTERFACE__IP,
					IssueCodes.NETWORK_IP_OUTSIDE, nic.getIp());
		} else if (subnet.isPresent() && !usable(subnet.get(), ip.get())) {
			error(nic.getIp() + " is " + (subnet.get().contains(ip.get()) ? "the network or broadcast address of "
					: "outside ") + "subnet " + subnet.get() + " of network " + nic.getNetwork().getName()
					+ "; pick an address from " + firstHost(subnet.get()) + " to " + lastHost(subnet.get()), nic,
					BerthPackage.Literals.INTERFACE__IP, IssueCodes.NETWORK_IP_OUTSIDE, nic.getIp());
		}
	}

	@Check
	public void checkIpIsUnique(Interface nic) {
		Optional<IpAddress> ip = IpAddress.parse(nic.getIp());
		Network network = nic.getNetwork();
		if (ip.isEmpty() || network == null || network.eIsProxy()) {
			return;
		}
		if (ip.equals(IpAddress.parse(network.getGateway()))) {
			error(nic.getIp() + " is the gateway of network " + network.getName() + "; pick another address", nic,
					BerthPackage.Literals.INTERFACE__IP, IssueCodes.NETWORK_IP_DUPLICATE, nic.getIp());
			return;
		}
		Map<FixedIps.Key, Interface> first = fact(nic, FixedIps.class, () -> FixedIps.firstUsers(site(nic)));
		Interface owner = first.get(new FixedIps.Key(network, ip.get()));
		if (owner != nic) {
			error(nic.getIp() + " on network " + network.getName() + " is already the fixed IP of "
					+ describe((Element) owner.eContainer()) + "; give each interface its own address",
					nic, BerthPackage.Literals.INTERFACE__IP, IssueCodes.NETWORK_IP_DUPLICATE, nic.getIp());
		}
	}

	/** Whether an address can be given to an interface: inside, and not an IPv4 network or broadcast address. */
	private static boolean usable(Cidr subnet, IpAddress ip) {
		if (!subnet.contains(ip)) {
			return false;
		}
		boolean v4WithBroadcast = ip.bits() == 32 && subnet.prefix() <= 30;
		return !v4WithBroadcast || (!ip.value().equals(subnet.network().value()) && !ip.value().equals(subnet.last()));
	}

	private static String firstHost(Cidr subnet) {
		BigInteger first = subnet.prefix() >= subnet.network().bits() - 1 ? subnet.network().value()
				: subnet.network().value().add(BigInteger.ONE);
		return IpText.format(new IpAddress(first, subnet.network().bits()));
	}

	private static String lastHost(Cidr subnet) {
		boolean v4WithBroadcast = subnet.network().bits() == 32 && subnet.prefix() <= 30;
		BigInteger last = v4WithBroadcast ? subnet.last().subtract(BigInteger.ONE) : subnet.last();
		return IpText.format(new IpAddress(last, subnet.network().bits()));
	}
}
