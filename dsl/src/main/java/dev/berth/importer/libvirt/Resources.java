package dev.berth.importer.libvirt;

import dev.berth.importer.BerthText;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.w3c.dom.Element;

/** A domain's vcpu count, memory and CPU model as the VM's {@code vcpu}, {@code memory} and {@code cpu-model}. */
final class Resources {

	private Resources() {
	}

	static void read(Element domain, Skips skips, List<String> properties) {
		Xml.child(domain, "vcpu").ifPresent(vcpu -> vcpu(vcpu, skips, properties));
		OptionalLong memory = Xml.child(domain, "memory").map(element -> memory(element, skips, properties))
				.orElse(OptionalLong.empty());
		Xml.child(domain, "currentMemory").ifPresent(current -> {
			if (!memory.equals(MemoryUnits.bytes(Xml.text(current), current.getAttribute("unit")))) {
				skips.element(current, "Berth gives a VM all of its memory from the start: currentMemory equals memory");
			}
		});
		Xml.child(domain, "cpu").ifPresent(cpu -> cpu(cpu, skips, properties));
	}

	private static void vcpu(Element vcpu, Skips skips, List<String> properties) {
		String count = Xml.text(vcpu);
		if (!count.matches("[1-9][0-9]{0,8}")) {
			skips.element(vcpu, "'" + count + "' is not a count of virtual CPUs");
			return;
		}
		properties.add("vcpu " + count);
		skips.attributes(vcpu, Set.of("placement='static'"), "Berth gives the VM all its vcpus, on any host CPU");
	}

	private static OptionalLong memory(Element memory, Skips skips, List<String> properties) {
		OptionalLong bytes = MemoryUnits.bytes(Xml.text(memory), memory.getAttribute("unit"));
		if (bytes.isEmpty() || bytes.getAsLong() == 0) {
			skips.element(memory, "'" + Xml.text(memory) + "' in unit '" + memory.getAttribute("unit")
					+ "' is not a size libvirt writes");
			return OptionalLong.empty();
		}
		properties.add("memory " + BerthText.size(bytes.getAsLong()));
		skips.attributes(memory, Set.of("unit"), "Berth has no such memory setting");
		return bytes;
	}

	/** The CPU mode: host-passthrough and host-model as they are, custom by its model's name. */
	private static void cpu(Element cpu, Skips skips, List<String> properties) {
		String mode = Xml.attribute(cpu, "mode").orElse("custom");
		Optional<String> model = Xml.child(cpu, "model").map(Xml::text).filter(name -> !name.isEmpty());
		if (mode.equals("host-passthrough") || mode.equals("host-model")) {
			properties.add("cpu-model " + mode);
		} else if (mode.equals("custom") && model.isPresent()) {
			properties.add("cpu-model " + BerthText.quote(model.get()));
		} else {
			skips.element(cpu, "cpu mode='" + mode + "'" + (mode.equals("custom") ? " without a model" : ""),
					"Berth's CPU models are host-passthrough, host-model and a named model");
			return;
		}
		skips.attributes(cpu, Set.of("mode", "match='exact'"), "Berth writes the CPU mode and, for a named model, match='exact'");
		Xml.child(cpu, "model").filter(e -> mode.equals("custom"))
				.ifPresent(e -> skips.attributes(e, Set.of("fallback='allow'"), "Berth lets libvirt fall back to a close model"));
		skips.kinds(cpu, Set.of("model"), kind -> "Berth sets only the CPU model, not its " + kind);
	}
}
