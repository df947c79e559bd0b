package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Capabilities;
import dev.berth.berth.CapabilityChange;
import dev.berth.berth.Container;
import dev.berth.model.LinuxCapabilities;
import org.eclipse.xtext.validation.Check;

/** {@code cap add} and {@code cap drop} name capabilities Linux has; adding one that is nearly privileged is warned about. */
public class CapabilityValidator extends ConcernValidator {

	@Check
	public void checkCapabilitiesAreKnown(Capabilities capabilities) {
		for (int i = 0; i < capabilities.getNames().size(); i++) {
			String name = capabilities.getNames().get(i);
			if (name != null && LinuxCapabilities.known(name).isEmpty()) {
				error("Linux has no capability " + name + "; write one of capabilities(7) such as NET_BIND_SERVICE or "
						+ "CHOWN (the CAP_ prefix is optional), or ALL", capabilities,
						BerthPackage.Literals.CAPABILITIES__NAMES, i, IssueCodes.SECURITY_CAP_UNKNOWN, name);
			}
		}
	}

	@Check
	public void checkAddedCapabilitiesAreNotDangerous(Capabilities capabilities) {
		if (capabilities.getChange() != CapabilityChange.ADD) {
			return;
		}
		String owner = capabilities.eContainer() instanceof Container container ? describe(container) : "the container";
		for (int i = 0; i < capabilities.getNames().size(); i++) {
			String name = capabilities.getNames().get(i);
			if (name != null && LinuxCapabilities.isDangerous(name)) {
				String bare = LinuxCapabilities.bare(name);
				warning("cap add " + bare + " makes " + owner + " nearly privileged: " + power(bare) + ", so whoever "
						+ "breaks into it can more easily escape to the machine; add only the narrow capabilities it needs",
						capabilities, BerthPackage.Literals.CAPABILITIES__NAMES, i, IssueCodes.SECURITY_CAP_DANGEROUS,
						bare);
			}
		}
	}

	/** What a dangerous capability lets a container do. */
	private static String power(String capability) {
		return switch (capability) {
			case "ALL" -> "it gets every capability";
			case "SYS_ADMIN" -> "it can mount file systems and much else";
			case "NET_ADMIN" -> "it can reconfigure network interfaces, routes and firewall rules";
			case "SYS_PTRACE" -> "it can trace and change the processes it sees";
			default -> "it can load modules into the machine's kernel";
		};
	}
}
