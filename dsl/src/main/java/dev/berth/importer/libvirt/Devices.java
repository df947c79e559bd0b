package dev.berth.importer.libvirt;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A domain's {@code <devices>}: disks and CD-ROMs, interfaces and the first graphics console are
 * carried; every other kind of device is reported once, where it first appears.
 */
final class Devices {

	private static final Set<String> CARRIED = Set.of("disk", "interface", "graphics");
	private static final String WITH_GRAPHICS = "Berth adds video and a USB tablet to a VM with graphics";

	private static final Map<String, String> REASONS = Map.ofEntries(
			Map.entry("emulator", "libvirt picks the host's QEMU"),
			Map.entry("controller", "libvirt adds the controllers the devices need"),
			Map.entry("serial", "Berth adds a serial console on a pty"),
			Map.entry("console", "Berth adds a serial console on a pty"),
			Map.entry("channel", "Berth adds the qemu guest agent's channel to linux guests"),
			Map.entry("rng", "Berth adds a virtio RNG to linux guests"),
			Map.entry("video", WITH_GRAPHICS), Map.entry("input", WITH_GRAPHICS),
			Map.entry("memballoon", "libvirt adds a memory balloon"));

	private Devices() {
	}

	static void read(Element devices, Skips skips, SiteNetworks networks, List<String> properties) {
		DiskDevices disks = new DiskDevices(skips);
		boolean graphics = false;
		for (Element device : Xml.children(devices)) {
			switch (Xml.name(device)) {
				case "disk" -> disks.read(device).ifPresent(properties::add);
				case "interface" -> InterfaceDevices.read(device, skips, networks).ifPresent(properties::add);
				case "graphics" -> {
					if (graphics) {
						skips.element(device, "Berth gives a VM one graphics console");
					} else {
						graphics = Graphics.read(device, skips).map(properties::add).orElse(false);
					}
				}
				default -> {
				}
			}
		}
		skips.kinds(devices, CARRIED, kind -> REASONS.getOrDefault(kind, "Berth declares no " + kind + " devices"));
		assigned(devices, skips);
	}

	/** Reports once the addresses and aliases libvirt gave the devices, which it gives again. */
	private static void assigned(Element devices, Skips skips) {
		for (String kind : List.of("address", "alias")) {
			List<Element> found = Xml.children(devices).stream().filter(device -> CARRIED.contains(Xml.name(device)))
					.flatMap(device -> Xml.children(device).stream()).filter(e -> kind.equals(Xml.name(e))).toList();
			if (!found.isEmpty()) {
				skips.element(found.get(0), "devices/*/" + kind + ", " + found.size() + (found.size() == 1 ? " element" : " elements"),
						"libvirt assigns each device's " + kind + " again");
			}
		}
	}
}
