package dev.berth.model;

import dev.berth.berth.Arch;
import dev.berth.berth.Connection;
import dev.berth.berth.Host;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Interface;
import dev.berth.berth.Machine;
import dev.berth.berth.OsFamily;
import dev.berth.berth.OsSpec;
import dev.berth.berth.Runtime;
import dev.berth.berth.Vm;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The facts of a machine (a host, or a VM that hosts workloads) whichever kind it is. */
public final class Machines {

	/** Where VM files live on a host that does not say. */
	public static final String DEFAULT_STORAGE = "/var/lib/libvirt/images/berth";

	private Machines() {
	}

	/** The machine's name. */
	public static String name(Machine machine) {
		return machine instanceof Host host ? host.getName() : ((Vm) machine).getName();
	}

	/** The operating system, Linux when the model does not say. */
	public static Os os(Machine machine) {
		return os(machine instanceof Host host ? host.getOs() : ((Vm) machine).getOs());
	}

	/** The operating system a declaration states, Linux when it states none. */
	public static Os os(OsSpec spec) {
		if (spec == null) {
			return Os.DEFAULT;
		}
		return new Os(spec.getFamily(), spec.getDescription() == null ? "" : spec.getDescription());
	}

	/** The kernel family that containers on the machine share and that its hypervisor runs on. */
	public static OsFamily kernel(Machine machine) {
		return os(machine).family();
	}

	/** The hypervisor, {@link Hypervisor#NONE} when the machine runs no VMs. */
	public static Hypervisor hypervisor(Machine machine) {
		return machine instanceof Host host ? host.getHypervisor() : ((Vm) machine).getHypervisor();
	}

	/** The container runtime, {@link Runtime#NONE} when the machine runs no containers. */
	public static Runtime runtime(Machine machine) {
		return machine instanceof Host host ? host.getRuntime() : ((Vm) machine).getRuntime();
	}

	/** The CPU architecture. */
	public static Arch arch(Machine machine) {
		return machine instanceof Host host ? host.getArch() : ((Vm) machine).getArch();
	}

	/** Cores of a host or vCPUs of a VM; zero when not stated. */
	public static BigDecimal cores(Machine machine) {
		if (machine instanceof Host host) {
			return host.getCpu() == null ? BigDecimal.ZERO : host.getCpu();
		}
		Integer vcpu = ((Vm) machine).getVcpu();
		return vcpu == null ? BigDecimal.ZERO : BigDecimal.valueOf(vcpu);
	}

	/** Memory in bytes; zero when not stated. */
	public static long memoryBytes(Machine machine) {
		return Sizes.bytes(machine instanceof Host host ? host.getMemory() : ((Vm) machine).getMemory());
	}

	/** Disk in bytes of a host that declares one. */
	public static Optional<Long> diskBytes(Machine machine) {
		return machine instanceof Host host && host.getDisk() != null
				? Optional.of(Sizes.bytes(host.getDisk()))
				: Optional.empty();
	}

	/** The CPU overcommit factor: the host's, else 1.0. */
	public static BigDecimal cpuOvercommit(Machine machine) {
		if (machine instanceof Host host && host.getOvercommit() != null && host.getOvercommit().getCpu() != null) {
			return host.getOvercommit().getCpu();
		}
		return BigDecimal.ONE;
	}

	/** The memory overcommit factor: the host's, else 1.0. */
	public static BigDecimal memoryOvercommit(Machine machine) {
		if (machine instanceof Host host && host.getOvercommit() != null && host.getOvercommit().getMemory() != null) {
			return host.getOvercommit().getMemory();
		}
		return BigDecimal.ONE;
	}

	/**
	 * How other machines reach this one: a host's address, else a VM's address, else its first
	 * fixed IP, else the machine's name.
	 */
	public static String address(Machine machine) {
		if (machine instanceof Host host) {
			return host.getAddress() != null ? host.getAddress() : host.getName();
		}
		Vm vm = (Vm) machine;
		if (vm.getAddress() != null) {
			return vm.getAddress();
		}
		return vm.getInterfaces().stream().map(Interface::getIp).filter(ip -> ip != null).findFirst()
				.orElse(vm.getName());
	}

	/** Whether the deployment runs on this machine itself rather than over ssh: a host with {@code connection local}. */
	public static boolean isLocal(Machine machine) {
		return machine instanceof Host host && host.getConnection() == Connection.LOCAL;
	}

	/** The folder of VM files on the machine, without a trailing slash. */
	public static String storage(Machine machine) {
		String storage = machine instanceof Host host && host.getStorage() != null ? host.getStorage()
				: DEFAULT_STORAGE;
		return storage.length() > 1 && storage.endsWith("/") ? storage.substring(0, storage.length() - 1) : storage;
	}

	/** The host under a machine: the machine itself for a host, the host its VMs nest on otherwise. */
	public static Optional<Host> physicalHost(Machine machine) {
		Set<Machine> seen = new HashSet<>();
		Machine current = machine;
		while (current instanceof Vm vm && seen.add(vm)) {
			current = vm.getMachine();
			if (current == null || current.eIsProxy()) {
				return Optional.empty();
			}
		}
		return current instanceof Host host ? Optional.of(host) : Optional.empty();
	}
}
