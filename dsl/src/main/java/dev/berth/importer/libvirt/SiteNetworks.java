package dev.berth.importer.libvirt;

import dev.berth.importer.BerthText;
import dev.berth.importer.ImportedSite;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The networks the sources of one site declare, each once whatever the order of the files: a libvirt
 * network a domain joins, declared without subnet until its {@code virsh net-dumpxml} file declares it
 * in full; and a host bridge as a network of {@code mode bridge}.
 */
final class SiteNetworks {

	private final Map<String, String> declared = new HashMap<>();
	private final Set<String> defined = new HashSet<>();

	/** The Berth name of a libvirt network a domain joins, declared in the site on first use. */
	String network(String name, Element source, Skips skips) {
		return declared.computeIfAbsent("network " + name, key -> {
			ImportedSite site = skips.site();
			String berthName = site.name(name, "network", LocatedXml.spot(source));
			site.element("network " + berthName, List.of());
			skips.element(source, subnetOf(name), "the domain XML does not hold it, and libvirt defines no nat "
					+ "network without one: copy the subnet and mode from `virsh net-dumpxml " + name + "`, or import "
					+ "that file with the domain");
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

	/**
	 * Declares a libvirt network from its own definition: in place of the declaration a domain made
	 * (whose missing subnet is then no longer reported), else as a new network that later domains join,
	 * as do the interfaces on its host bridge.
	 */
	void define(String name, Element nameElement, List<String> properties, Optional<String> hostBridge, Skips skips) {
		String berthName = declare(name, nameElement, properties, skips.site());
		hostBridge.ifPresent(bridge -> declared.putIfAbsent("bridge " + bridge, berthName));
	}

	private String declare(String name, Element nameElement, List<String> properties, ImportedSite site) {
		String key = "network " + name;
		if (declared.containsKey(key) && defined.add(key)) {
			site.replace("network " + declared.get(key), properties, subnetOf(name));
			return declared.get(key);
		}
		String berthName = site.name(name, "network", LocatedXml.spot(nameElement));
		site.element("network " + berthName, properties);
		if (defined.add(key)) {
			declared.put(key, berthName);
		}
		return berthName;
	}

	private static String subnetOf(String name) {
		return "subnet of network " + name;
	}
}
