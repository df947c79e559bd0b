package dev.berth.importer.libvirt;

import dev.berth.importer.BerthText;
import dev.berth.importer.ImportedSite;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The networks the domains of one site join, each declared once: a libvirt network under its own
 * name, without subnet (the domain XML holds none; that is reported), and a host bridge as a
 * network of {@code mode bridge}.
 */
final class SiteNetworks {

	private final Map<String, String> declared = new HashMap<>();

	/** The Berth name of a libvirt network, declared in the site on first use. */
	String network(String name, Element source, Skips skips) {
		return declared.computeIfAbsent("network " + name, key -> {
			ImportedSite site = skips.site();
			String berthName = site.name(name, "network", LocatedXml.spot(source));
			site.element("network " + berthName, List.of());
			skips.element(source, "subnet of network " + name, "the domain XML does not hold it, and libvirt defines no nat "
					+ "network without one: copy the subnet and mode from `virsh net-dumpxml " + name + "`");
			return berthName;
		});
	}

	/** The Berth name of a network that joins an existing host bridge, declared in the site on first use. */
	String bridge(String bridge, Element source, Skips skips) {
		return declared.computeIfAbsent("bridge " + bridge, key -> {
			ImportedSite site = skips.site();
			String berthName = site.name(bridge, "network", LocatedXml.spot(source));
			site.element("network " + berthName, List.of("mode bridge", "bridge " + BerthText.quote(bridge)));
			return berthName;
		});
	}
}
