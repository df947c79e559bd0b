package dev.berth.importer.libvirt;

import dev.berth.importer.BerthText;
import dev.berth.importer.Identifiers;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * An interface on a libvirt network or a host bridge as {@code network NAME mac "..."}; other kinds
 * of interface, and networks whose names Berth cannot keep, are reported.
 */
final class InterfaceDevices {

	private static final Set<String> CARRIED = Set.of("mac", "source", "model", "address", "alias");

	private InterfaceDevices() {
	}

	static Optional<String> read(Element nic, Skips skips, SiteNetworks networks) {
		String type = nic.getAttribute("type");
		Optional<Element> source = Xml.child(nic, "source");
		String mac = Xml.child(nic, "mac").map(e -> e.getAttribute("address")).orElse("");
		String what = "interface " + (mac.isEmpty() ? type : mac);
		Optional<String> network = source.flatMap(s -> Xml.attribute(s, type.equals("bridge") ? "bridge" : "network"))
				.filter(name -> !name.isEmpty());
		if (!type.equals("network") && !type.equals("bridge") || network.isEmpty()) {
			skips.element(nic, what + " type='" + type + "'",
					"Berth's interfaces join a libvirt network or a host bridge, named by their source");
			return Optional.empty();
		}
		if (type.equals("network") && !Identifiers.valid(network.get()).equals(network.get())) {
			skips.element(nic, what + " on network " + network.get(), "'" + network.get() + "' is not a Berth name, and "
					+ "renaming it would join another libvirt network: declare the network and the interface by hand");
			return Optional.empty();
		}
		String name = type.equals("network") ? networks.network(network.get(), source.get(), skips)
				: networks.bridge(network.get(), source.get(), skips);
		skips.attributes(source.get(), Set.of("network", "bridge", "portid"), "Berth joins the network itself, not a port group of it");
		Xml.child(nic, "model").ifPresent(model -> skips.attributes(model, Set.of("type='virtio'"),
				"Berth's interfaces are virtio, on " + what));
		skips.kinds(nic, CARRIED, kind -> kind.equals("target") ? "libvirt names the host's tap device again"
				: "Berth has no " + kind + " setting on " + what);
		return Optional.of("network " + name + (mac.isEmpty() ? "" : " mac " + BerthText.quote(mac)));
	}
}
