package dev.berth.importer.libvirt;

import java.util.Map;
import org.w3c.dom.Element;

/** Why each element of {@code <domain>} that the import does not read is left out. */
final class TopLevel {

	private static final String TUNING = "Berth does not tune CPU, memory or I/O placement";
	private static final String LIFECYCLE = "Berth keeps libvirt's default actions: destroy on power-off and crash, restart on reboot";

	private static final Map<String, String> REASONS = Map.ofEntries(
			Map.entry("uuid", "Berth derives the UUID from the deployment, the machine and the VM"),
			Map.entry("genid", "Berth sets no VM generation ID"),
			Map.entry("title", "Berth has no VM title"),
			Map.entry("description", "Berth has no VM description; a comment in the model can hold it"),
			Map.entry("features", "Berth writes acpi and, except on aarch64, apic"),
			Map.entry("clock", "Berth writes the clock in utc for linux guests and in localtime for windows guests"),
			Map.entry("on_poweroff", LIFECYCLE), Map.entry("on_reboot", LIFECYCLE), Map.entry("on_crash", LIFECYCLE),
			Map.entry("on_lockfailure", LIFECYCLE),
			Map.entry("pm", "Berth keeps the hypervisor's default power management"),
			Map.entry("seclabel", "Berth keeps the host's default security label"),
			Map.entry("resource", "Berth keeps libvirt's default resource partition"),
			Map.entry("maxMemory", "Berth has no memory hot-plug"),
			Map.entry("memoryBacking", TUNING), Map.entry("memtune", TUNING), Map.entry("blkiotune", TUNING),
			Map.entry("cputune", TUNING), Map.entry("numatune", TUNING), Map.entry("iothreads", TUNING),
			Map.entry("vcpus", TUNING),
			Map.entry("sysinfo", "Berth sets no SMBIOS system information"),
			Map.entry("keywrap", "Berth has no key wrapping"),
			Map.entry("launchSecurity", "Berth has no confidential-computing settings"));

	private TopLevel() {
	}

	/**
	 * Whether the element says what the domain Berth writes says too: libvirt's default actions, or a
	 * clock without timers at the offset Berth gives the guest's OS family.
	 */
	static boolean asBerthWritesIt(Element element, String family) {
		String text = Xml.text(element);
		return switch (Xml.name(element)) {
			case "on_poweroff", "on_crash" -> text.equals("destroy");
			case "on_reboot" -> text.equals("restart");
			case "clock" -> Xml.children(element).isEmpty() && element.getAttributes().getLength() == 1
					&& element.getAttribute("offset").equals(family.equals("windows") ? "localtime" : "utc");
			default -> false;
		};
	}

	/** The reason for an element of that name. */
	static String reason(String element) {
		return REASONS.getOrDefault(element, "Berth has no such setting");
	}
}
