package dev.berth.importer.libvirt;

import dev.berth.importer.BerthText;
import dev.berth.importer.ImportException;
import dev.berth.model.Cidr;
import dev.berth.model.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Reads a libvirt network ({@code virsh net-dumpxml} output) into a {@code network}: name, forward
 * mode, the host bridge of a bridged network, the first IPv4 address as subnet and gateway; every
 * other element is reported where it stands.
 */
final class NetworkDefinitions {

	private static final Set<String> CARRIED = Set.of("name", "forward", "bridge", "ip");
	private static final String MODES = "Berth's modes are nat, route (routed), bridge on a named host bridge and no "
			+ "forward (isolated); the network is declared with Berth's default mode nat";

	private static final Map<String, String> REASONS = Map.ofEntries(
			Map.entry("uuid", "Berth derives the network's UUID from the deployment, the machine and the network"),
			Map.entry("mac", "libvirt gives the bridge a MAC again"),
			Map.entry("dns", "libvirt's dnsmasq answers at the gateway; Berth's dns is the name servers VMs are given"),
			Map.entry("domain", "Berth sets no DNS domain on a network"),
			Map.entry("mtu", "Berth keeps libvirt's default MTU"),
			Map.entry("bandwidth", "Berth sets no bandwidth limits"),
			Map.entry("route", "Berth adds no static routes to a network"),
			Map.entry("portgroup", "Berth has no port groups"),
			Map.entry("virtualport", "Berth has no Open vSwitch or 802.1Qbh ports"),
			Map.entry("vlan", "Berth sets no VLAN tags"),
			Map.entry("port", "Berth keeps libvirt's default port isolation"));

	private NetworkDefinitions() {
	}

	static void read(Element network, Skips skips, SiteNetworks networks) throws ImportException {
		Element nameElement = Xml.child(network, "name").filter(e -> !Xml.text(e).isEmpty()).orElseThrow(
				() -> new ImportException(LocatedXml.spot(network), "the network has no <name>, which libvirt requires"));
		List<String> properties = new ArrayList<>();
		String mode = mode(network, skips);
		if (!mode.isEmpty()) {
			properties.add("mode " + mode);
		}
		Optional<String> hostBridge = bridge(network, mode, skips);
		hostBridge.ifPresent(bridge -> properties.add("bridge " + BerthText.quote(bridge)));
		addresses(network, mode, skips, properties);
		skips.attributes(network, Set.of(), "libvirt counts a network's connections and sets its options again");
		skips.kinds(network, CARRIED, kind -> REASONS.getOrDefault(kind, "Berth has no such setting on a network"));
		networks.define(Xml.text(nameElement), nameElement, properties, hostBridge, skips);
		skips.flush();
	}

	/** Berth's mode of the network, empty for a forward mode Berth has not (reported). */
	private static String mode(Element network, Skips skips) {
		Optional<Element> forward = Xml.child(network, "forward");
		if (forward.isEmpty()) {
			return "isolated";
		}
		String libvirt = Xml.attribute(forward.get(), "mode").orElse("nat");
		boolean bridged = Xml.child(network, "bridge").flatMap(b -> Xml.attribute(b, "name")).isPresent();
		String mode = switch (libvirt) {
			case "nat" -> "nat";
			case "route" -> "routed";
			case "bridge" -> bridged ? "bridge" : "";
			default -> "";
		};
		if (mode.isEmpty()) {
			skips.element(forward.get(), "forward mode='" + libvirt + "'", MODES);
		} else {
			skips.attributes(forward.get(), Set.of("mode"), "Berth forwards through the host's default route");
			skips.kinds(forward.get(), Set.of(), kind -> "Berth keeps libvirt's default forwarding");
		}
		return mode;
	}

	/** The host bridge a bridged network joins; the bridge of any other network is reported, Berth names it itself. */
	private static Optional<String> bridge(Element network, String mode, Skips skips) {
		Optional<Element> bridge = Xml.child(network, "bridge");
		if (bridge.isPresent() && mode.equals("bridge")) {
			skips.attributes(bridge.get(), Set.of("name"), "Berth joins the host bridge as the host configures it");
			return Optional.of(bridge.get().getAttribute("name"));
		}
		bridge.ifPresent(b -> skips.whole(b, "Berth names the bridge of a network it defines bn-NAME"));
		return Optional.empty();
	}

	/** The first IPv4 address as the subnet and the gateway; the DHCP settings and the other addresses are reported. */
	private static void addresses(Element network, String mode, Skips skips, List<String> properties) {
		boolean carried = false;
		for (Element ip : Xml.children(network).stream().filter(e -> Xml.name(e).equals("ip")).toList()) {
			Optional<Cidr> subnet = carried || mode.equals("bridge") ? Optional.empty() : subnet(ip);
			if (subnet.isEmpty()) {
				skips.whole(ip, mode.equals("bridge") ? "a bridged network's addresses are the host bridge's"
						: "Berth gives a network one subnet, from its first IPv4 address with a netmask or prefix");
				continue;
			}
			carried = true;
			properties.add("subnet " + BerthText.quote(subnet.get().toString()));
			properties.add("gateway " + BerthText.quote(ip.getAttribute("address").strip()));
			skips.attributes(ip, Set.of("address", "netmask", "prefix", "family='ipv4'"), "Berth has no such setting");
			Xml.child(ip, "dhcp").ifPresent(dhcp -> Xml.children(dhcp).forEach(entry -> skips.whole(entry, dhcp(entry))));
			skips.kinds(ip, Set.of("dhcp"), kind -> "Berth has no " + kind + " setting on a network");
		}
	}

	private static String dhcp(Element entry) {
		return switch (Xml.name(entry)) {
			case "range" -> "Berth gives DHCP the upper half of the subnet";
			case "host" -> "Berth writes a DHCP host entry for each VM interface with a fixed ip: give it on the VM's interface";
			default -> "Berth has no such DHCP setting";
		};
	}

	/** The subnet of an IPv4 {@code <ip>}, from its address and its prefix or netmask. */
	private static Optional<Cidr> subnet(Element ip) {
		if (!Xml.attribute(ip, "family").orElse("ipv4").equals("ipv4")) {
			return Optional.empty();
		}
		String address = ip.getAttribute("address").strip();
		Optional<Integer> prefix = Xml.attribute(ip, "prefix").map(NetworkDefinitions::prefix)
				.orElseGet(() -> Xml.attribute(ip, "netmask").flatMap(NetworkDefinitions::maskLength));
		return prefix.flatMap(length -> Cidr.enclosing(address + "/" + length)).filter(c -> c.network().bits() == 32);
	}

	private static Optional<Integer> prefix(String text) {
		return text.strip().matches("[0-9]{1,2}") ? Optional.of(Integer.parseInt(text.strip())) : Optional.empty();
	}

	/** The prefix length of a netmask such as {@code 255.255.255.0}, when its ones are contiguous. */
	private static Optional<Integer> maskLength(String netmask) {
		return IpAddress.parse(netmask.strip()).filter(mask -> mask.bits() == 32).map(mask -> mask.value().longValue())
				.filter(mask -> Long.bitCount(mask) == 32 - Long.numberOfTrailingZeros(mask | (1L << 32)))
				.map(Long::bitCount);
	}
}
