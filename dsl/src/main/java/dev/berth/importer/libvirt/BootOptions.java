package dev.berth.importer.libvirt;

import dev.berth.importer.BerthText;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A domain's {@code <os>}: the architecture, UEFI (firmware='efi' or a pflash loader) or BIOS, and a
 * kernel booted directly with its initrd and command line.
 */
final class BootOptions {

	private static final Set<String> CARRIED = Set.of("type", "loader", "kernel", "initrd", "cmdline", "boot");

	private BootOptions() {
	}

	static void read(Element domain, Skips skips, List<String> properties) {
		Optional<Element> os = Xml.child(domain, "os");
		if (os.isEmpty()) {
			return;
		}
		Xml.child(os.get(), "type").ifPresent(type -> type(type, skips, properties));
		boolean uefi = "efi".equals(os.get().getAttribute("firmware")) || Xml.child(os.get(), "loader")
				.filter(loader -> "pflash".equals(loader.getAttribute("type"))).isPresent();
		if (uefi) {
			properties.add("boot uefi");
		}
		skips.attributes(os.get(), Set.of("firmware='efi'"), "Berth's firmware is UEFI or BIOS");
		Xml.child(os.get(), "loader").ifPresent(loader -> loader(loader, uefi, skips));
		kernel(os.get(), skips, properties);
		for (Element boot : Xml.children(os.get())) {
			if ("boot".equals(Xml.name(boot)) && !"hd".equals(boot.getAttribute("dev"))) {
				skips.element(boot, "os/boot dev='" + boot.getAttribute("dev") + "'", "Berth boots from the first disk");
			}
		}
		skips.kinds(os.get(), CARRIED, BootOptions::reason);
	}

	private static void type(Element type, Skips skips, List<String> properties) {
		String arch = type.getAttribute("arch");
		if (arch.equals("aarch64")) {
			properties.add("arch aarch64");
		}
		String machine = type.getAttribute("machine");
		boolean q35 = machine.equals("q35") || machine.startsWith("pc-q35-");
		boolean virt = machine.equals("virt") || machine.startsWith("virt-");
		boolean carried = Xml.text(type).equals("hvm") && (arch.isEmpty() || arch.equals("x86_64") || arch.equals("aarch64"))
				&& (machine.isEmpty() || (arch.equals("aarch64") ? virt : q35));
		if (!carried) {
			skips.element(type, "os/type " + Xml.text(type) + " arch='" + arch + "' machine='" + machine + "'",
					"Berth's guests are hvm on x86_64, with the machine type q35, or on aarch64, with virt");
		}
	}

	/** A pflash loader stands for UEFI; a firmware file named by its path is libvirt's to pick. */
	private static void loader(Element loader, boolean uefi, Skips skips) {
		if (!Xml.text(loader).isEmpty()) {
			skips.element(loader, "os/loader " + Xml.text(loader), uefi
					? "Berth writes firmware='efi', and libvirt picks the UEFI firmware file"
					: "Berth boots BIOS guests with the hypervisor's default firmware");
		} else {
			skips.attributes(loader, Set.of("type='pflash'", "readonly='yes'"), "Berth asks for plain UEFI");
		}
	}

	private static void kernel(Element os, Skips skips, List<String> properties) {
		Optional<Element> kernel = Xml.child(os, "kernel").filter(e -> !Xml.text(e).isEmpty());
		if (kernel.isEmpty()) {
			for (String part : List.of("initrd", "cmdline")) {
				Xml.child(os, part).ifPresent(e -> skips.element(e, "Berth passes " + part + " only with a kernel"));
			}
			return;
		}
		StringBuilder boot = new StringBuilder("kernel ").append(BerthText.quote(skips.path(os, Xml.text(kernel.get()))));
		Xml.child(os, "initrd").map(Xml::text).filter(path -> !path.isEmpty())
				.ifPresent(path -> boot.append(" initrd ").append(BerthText.quote(skips.path(os, path))));
		Xml.child(os, "cmdline").map(Xml::text).filter(line -> !line.isEmpty())
				.ifPresent(line -> boot.append(" cmdline ").append(BerthText.quote(line)));
		properties.add(boot.toString());
	}

	private static String reason(String element) {
		return switch (element) {
			case "nvram" -> "libvirt makes a new UEFI variable store for the domain Berth defines";
			case "firmware" -> "Berth asks for UEFI without firmware features such as secure-boot";
			default -> "Berth has no such boot setting";
		};
	}
}
