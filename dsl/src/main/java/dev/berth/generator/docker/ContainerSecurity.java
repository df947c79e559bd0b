package dev.berth.generator.docker;

import dev.berth.berth.Capabilities;
import dev.berth.berth.CapabilityChange;
import dev.berth.berth.Container;
import dev.berth.model.LinuxCapabilities;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The privileges of a container's service: privileged, capabilities added and dropped, a read-only root. */
final class ContainerSecurity {

	private ContainerSecurity() {
	}

	static void apply(Container container, Map<String, Object> service) {
		if (container.isPrivileged()) {
			service.put("privileged", true);
		}
		ComposeService.putIfAny(service, "cap_add", capabilities(container, CapabilityChange.ADD));
		ComposeService.putIfAny(service, "cap_drop", capabilities(container, CapabilityChange.DROP));
		if (container.isReadOnly()) {
			service.put("read_only", true);
		}
	}

	/** The capabilities of one change, upper case without {@code CAP_}, each once, in the order written. */
	private static List<String> capabilities(Container container, CapabilityChange change) {
		List<String> names = new ArrayList<>();
		for (Capabilities capabilities : container.getCapabilities()) {
			if (capabilities.getChange() == change) {
				for (String name : capabilities.getNames()) {
					String bare = LinuxCapabilities.bare(name);
					if (!names.contains(bare)) {
						names.add(bare);
					}
				}
			}
		}
		return names;
	}
}
