package dev.berth.importer.libvirt;

import dev.berth.berth.Hypervisor;
import dev.berth.importer.ImportException;
import dev.berth.importer.ImportedSite;
import dev.berth.importer.SourceImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.w3c.dom.Element;

/**
 * Reads a libvirt domain ({@code virsh dumpxml} output) into a {@code vm} on the site's machine:
 * name, vcpu, memory, CPU model, guest OS, firmware and boot, disks, CD-ROMs, interfaces with their
 * networks and graphics; and a libvirt network ({@code virsh net-dumpxml} output) into a {@code network}
 * declared once with the domains that join it. Every other element is reported where it stands. One
 * importer serves one import, and tells afterwards which hypervisors the domains asked for.
 */
public final class DomainImporter implements SourceImporter {

	/** The elements of {@code <domain>} that the import reads. */
	private static final Set<String> CARRIED = Set.of("name", "memory", "currentMemory", "vcpu", "cpu", "os", "devices",
			"metadata");

	private final Set<Hypervisor> hypervisors = new LinkedHashSet<>();
	/** The networks declared in each site, so that its domains and network definitions share them. */
	private final Map<ImportedSite, SiteNetworks> networks = new WeakHashMap<>();

	@Override
	public void read(Path file, ImportedSite site) throws ImportException {
		Element root = LocatedXml.read(file).getDocumentElement();
		SiteNetworks siteNetworks = networks.computeIfAbsent(site, key -> new SiteNetworks());
		switch (Xml.name(root)) {
			case "domain" -> domain(root, site, siteNetworks);
			case "network" -> NetworkDefinitions.read(root, new Skips(site), siteNetworks);
			default -> throw new ImportException(LocatedXml.spot(root), "the root element is <" + root.getTagName()
					+ ">, not <domain> or <network>: this is neither a libvirt domain as `virsh dumpxml` writes it "
					+ "nor a network as `virsh net-dumpxml` writes it");
		}
	}

	private void domain(Element domain, ImportedSite site, SiteNetworks siteNetworks) throws ImportException {
		Skips skips = new Skips(site);
		Element nameElement = Xml.child(domain, "name").filter(e -> !Xml.text(e).isEmpty()).orElseThrow(
				() -> new ImportException(LocatedXml.spot(domain), "the domain has no <name>, which libvirt requires"));
		String name = site.name(Xml.text(nameElement), "vm", LocatedXml.spot(nameElement));
		hypervisor(domain, skips);
		skips.attributes(domain, Set.of("type", "id"), "Berth has no such setting");
		GuestOs os = GuestOs.of(domain, skips);
		List<String> properties = new ArrayList<>(List.of(os.property()));
		Resources.read(domain, skips, properties);
		BootOptions.read(domain, skips, properties);
		Xml.child(domain, "devices").ifPresent(devices -> Devices.read(devices, skips, siteNetworks, properties));
		for (Element element : Xml.children(domain)) {
			if (!CARRIED.contains(Xml.name(element)) && !TopLevel.asBerthWritesIt(element, os.family())) {
				skips.element(element, TopLevel.reason(Xml.name(element)));
			}
		}
		skips.flush();
		site.element("vm " + name + " on " + site.machine(), properties);
	}

	/** The hypervisors that the domains read so far run under, in the order first seen, so the machine can offer them. */
	public Set<Hypervisor> hypervisors() {
		return Collections.unmodifiableSet(hypervisors);
	}

	private void hypervisor(Element domain, Skips skips) {
		String type = domain.getAttribute("type");
		Hypervisor hypervisor = switch (type) {
			case "kvm" -> Hypervisor.KVM;
			case "qemu" -> Hypervisor.QEMU;
			case "xen" -> Hypervisor.XEN;
			case "vmware" -> Hypervisor.ESXI;
			case "hyperv" -> Hypervisor.HYPERV;
			default -> null;
		};
		if (hypervisor != null) {
			hypervisors.add(hypervisor);
		} else {
			skips.element(domain, "domain type='" + type + "'",
					"Berth's hypervisors are kvm, qemu, xen, esxi (libvirt's vmware) and hyperv");
		}
	}
}
