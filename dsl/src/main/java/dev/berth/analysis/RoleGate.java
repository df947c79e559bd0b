package dev.berth.analysis;

import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Role;
import dev.berth.berth.Vm;
import dev.berth.model.Machines;
import dev.berth.model.VmFiles;
import java.util.Optional;

/** What a workload's {@code role} lets the analysis recommend, and what it assumes when there is none. */
final class RoleGate {

	private RoleGate() {
	}

	/** The role of a VM or container, {@link Role#NONE} when the model gives none. */
	static Role of(Element workload) {
		if (workload instanceof Vm vm) {
			return vm.getRole();
		}
		return workload instanceof Container container ? container.getRole() : Role.NONE;
	}

	/** Why a VM must stay a VM whatever the container form saves, or empty when its role allows the switch. */
	static Optional<String> keepsVm(Vm vm) {
		return Optional.ofNullable(switch (vm.getRole()) {
			case IDENTITY -> Machines.os(vm).family() == OsFamily.WINDOWS
					? "role identity: AD DS cannot run in a container (no domain join, no domain controller); keep the VM"
					: "role identity: a directory is the estate's root of trust; keep it behind its own kernel";
			case APPLIANCE -> "role appliance: a vendor image is supported only as shipped, as a VM; keep the VM";
			case DESKTOP -> "role desktop: a container gives no console or desktop session to log in to; keep the VM";
			case DATABASE -> VmFiles.dataDisks(vm).isEmpty()
					? "role database: its data lives on its root disk, which a container would not keep; give it a data "
							+ "disk first, to carry as a volume"
					: null;
			default -> null;
		});
	}

	/** The assumption the analysis makes about a VM without a role, or empty when it has one. */
	static Optional<String> assumption(Vm vm) {
		if (vm.getRole() != Role.NONE) {
			return Optional.empty();
		}
		return Optional.of(VmFiles.dataDisks(vm).isEmpty()
				? "no role given: assumed a stateless service; say `role` if it is a directory, an appliance or a desktop, "
						+ "which stay VMs"
				: "no role given: assumed a service whose data is on its data disks");
	}

	/** The assumption the analysis makes about a container without a role, or empty when it has one. */
	static Optional<String> assumption(Container container) {
		if (container.getRole() != Role.NONE) {
			return Optional.empty();
		}
		return Optional.of(CarriedData.dataVolumes(container).isEmpty()
				? "no role given: assumed a stateless service"
				: "no role given: assumed a service whose data is in its volumes");
	}
}
