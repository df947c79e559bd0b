package dev.berth.importer.libvirt;

import dev.berth.importer.BerthText;
import dev.berth.importer.Identifiers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The disks of a domain as {@code disk NAME SIZE image "PATH"} (the first named {@code root}, the
 * others after their target device), with their format (raw without a driver type, as libvirt reads
 * such a disk) and bus, and its CD-ROMs as {@code cdrom "PATH"}.
 */
final class DiskDevices {

	/** The size written for a disk whose image cannot be read: virt-manager's default size of a new disk. */
	static final String PLACEHOLDER_SIZE = "20 GiB";

	/** The children of a disk read here or, for addresses and aliases, reported once for all devices. */
	private static final Set<String> CARRIED = Set.of("driver", "source", "target", "address", "alias");
	private static final Set<String> CARRIED_CDROM = Set.of("driver", "source", "target", "readonly", "address", "alias");
	private static final Set<String> BUSES = Set.of("virtio", "sata", "scsi");

	private final Skips skips;
	private final Set<String> names = new HashSet<>();

	DiskDevices(Skips skips) {
		this.skips = skips;
	}

	/** The property of a disk or CD-ROM device, when Berth can express it. */
	Optional<String> read(Element disk) {
		String device = Xml.attribute(disk, "device").orElse("disk");
		Optional<String> source = Xml.child(disk, "source").flatMap(s -> Xml.attribute(s, "file")).filter(f -> !f.isEmpty());
		String what = device + " " + target(disk, "dev");
		if (!device.equals("disk") && !device.equals("cdrom")) {
			skips.element(disk, what, "Berth's VM devices are disks and CD-ROMs, not " + device + " devices");
		} else if (!"file".equals(disk.getAttribute("type")) || source.isEmpty()) {
			skips.element(disk, what + " type='" + disk.getAttribute("type") + "'", source.isEmpty() && device.equals("cdrom")
					? "an empty CD-ROM drive; Berth's `cdrom` names an image file"
					: "Berth's disks are image files (type='file' with a source file)");
		} else {
			Optional<String> property = device.equals("cdrom") ? Optional.of(cdrom(disk, source.get())) : disk(disk, source.get());
			property.ifPresent(p -> skips.kinds(disk, device.equals("cdrom") ? CARRIED_CDROM : CARRIED,
					kind -> "Berth has no " + kind + " setting on " + what));
			return property;
		}
		return Optional.empty();
	}

	private String cdrom(Element disk, String source) {
		if (!target(disk, "bus").equals("sata")) {
			skips.element(disk, "cdrom " + source + " bus='" + target(disk, "bus") + "'", "Berth attaches CD-ROMs on sata");
		}
		return "cdrom " + BerthText.quote(skips.path(disk, source));
	}

	private Optional<String> disk(Element disk, String source) {
		String format = Xml.child(disk, "driver").flatMap(d -> Xml.attribute(d, "type")).orElse("raw");
		if (!format.equals("qcow2") && !format.equals("raw")) {
			skips.element(disk, "disk " + source + " format " + format, "Berth's disk formats are qcow2 and raw");
			return Optional.empty();
		}
		String name = name(target(disk, "dev"));
		StringBuilder property = new StringBuilder("disk ").append(name).append(' ').append(size(disk, name, source, format))
				.append(" image ").append(BerthText.quote(skips.path(disk, source)));
		if (format.equals("raw")) {
			property.append(" format raw");
		}
		String bus = target(disk, "bus");
		if (BUSES.contains(bus) && !bus.equals("virtio")) {
			property.append(" bus ").append(bus);
		} else if (!bus.equals("virtio")) {
			skips.element(disk, "disk " + name + " bus='" + bus + "'", "Berth's buses are virtio, sata and scsi; the disk is on virtio");
		}
		Xml.child(disk, "driver").ifPresent(driver -> skips.attributes(driver, Set.of("name='qemu'", "type"),
				"Berth writes the driver's name and type only, on disk " + name));
		return Optional.of(property.toString());
	}

	/** The first disk is the VM's {@code root}; the others are named after their target device ({@code vdb}). */
	private String name(String dev) {
		String wanted = names.isEmpty() ? "root" : Identifiers.valid(dev.isEmpty() ? "disk" : dev);
		String name = wanted;
		for (int i = 2; !names.add(name); i++) {
			name = wanted + "-" + i;
		}
		return name;
	}

	private String size(Element disk, String name, String source, String format) {
		try {
			Path image = LocatedXml.spot(disk).file().toAbsolutePath().getParent().resolve(source);
			return BerthText.size(ImageSizes.virtualSize(image, format));
		} catch (IOException e) {
			skips.element(disk, "size of disk " + name, "cannot read " + source + ": " + e.getMessage() + "; written as "
					+ PLACEHOLDER_SIZE + ", a placeholder: set the disk's real size");
			return PLACEHOLDER_SIZE;
		}
	}

	private static String target(Element disk, String attribute) {
		return Xml.child(disk, "target").map(target -> target.getAttribute(attribute)).orElse("");
	}
}
