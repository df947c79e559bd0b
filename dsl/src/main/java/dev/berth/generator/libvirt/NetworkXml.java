package dev.berth.generator.libvirt;

import dev.berth.berth.Interface;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.NetworkMode;
import dev.berth.berth.Vm;
import dev.berth.generator.Bridges;
import dev.berth.model.Cidr;
import dev.berth.model.DnsLabels;
import dev.berth.model.IpAddress;
import dev.berth.model.IpText;
import dev.berth.model.MacAddresses;
import dev.berth.model.Site;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The libvirt network XML of a network on one machine: forward mode, bridge (for {@code mode
 * bridge}, the host's existing bridge), the gateway address, a DHCP range in the upper half of the
 * subnet, and a host entry for each fixed IP of its VMs, named by a valid DNS label.
 */
final class NetworkXml {

	private NetworkXml() {
	}

	static String render(Site site, Machine machine, Network network, List<Vm> vms) {
		Document document = XmlDocuments.create("network");
		Element root = document.getDocumentElement();
		XmlDocuments.text(root, "name", network.getName());
		XmlDocuments.text(root, "uuid", LibvirtFacts.networkUuid(machine, network));
		String mode = switch (network.getMode()) {
			case NAT -> "nat";
			case ROUTED -> "route";
			case BRIDGE -> "bridge";
			case ISOLATED -> null;
		};
		if (mode != null) {
			XmlDocuments.child(root, "forward", "mode", mode);
		}
		XmlDocuments.child(root, "bridge", "name", Bridges.of(network));
		Optional<Cidr> subnet = Cidr.parse(network.getSubnet());
		if (network.getMode() != NetworkMode.BRIDGE && subnet.isPresent()) {
			ip(root, MacAddresses.of(site), network, subnet.get(), vms);
		}
		return XmlDocuments.write(document);
	}

	private static void ip(Element root, MacAddresses macs, Network network, Cidr subnet, List<Vm> vms) {
		boolean v6 = subnet.network().bits() == 128;
		BigInteger first = subnet.network().value();
		String gateway = network.getGateway() != null ? network.getGateway()
				: IpText.format(new IpAddress(first.add(BigInteger.ONE), subnet.network().bits()));
		Element ip = XmlDocuments.child(root, "ip");
		if (v6) {
			ip.setAttribute("family", "ipv6");
		}
		ip.setAttribute("address", gateway);
		ip.setAttribute("prefix", String.valueOf(subnet.prefix()));
		BigInteger size = subnet.last().subtract(first).add(BigInteger.ONE);
		if (size.compareTo(BigInteger.valueOf(8)) < 0) {
			return;
		}
		Element dhcp = XmlDocuments.child(ip, "dhcp");
		BigInteger start = first.add(size.shiftRight(1));
		BigInteger end = v6 ? subnet.last() : subnet.last().subtract(BigInteger.ONE);
		BigInteger maxRange = BigInteger.valueOf(65535);
		if (end.subtract(start).compareTo(maxRange) > 0) {
			end = start.add(maxRange);
		}
		XmlDocuments.child(dhcp, "range", "start", IpText.format(new IpAddress(start, subnet.network().bits())),
				"end", IpText.format(new IpAddress(end, subnet.network().bits())));
		for (Vm vm : vms) {
			for (int i = 0; i < vm.getInterfaces().size(); i++) {
				Interface nic = vm.getInterfaces().get(i);
				if (nic.getNetwork() == network && nic.getIp() != null) {
					Element host = XmlDocuments.child(dhcp, "host");
					if (!v6) {
						host.setAttribute("mac", macs.of(nic));
					}
					host.setAttribute("name", DnsLabels.of(vm.getName()));
					host.setAttribute("ip", nic.getIp());
				}
			}
		}
	}
}
