package dev.berth.analysis;

import dev.berth.berth.Container;
import dev.berth.berth.Disk;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Machine;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Runtime;
import dev.berth.berth.Vm;
import dev.berth.model.Coefficients;
import dev.berth.model.Machines;
import dev.berth.model.Platform;
import dev.berth.model.Sizes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sets each workload's modelled form beside the other form on the same machine, with the coefficients of the site. */
final class WorkloadComparer {

	/** The least memory a containerized VM workload is given, whatever its guest OS took. */
	private static final long MIN_CONTAINER_MEMORY = 64 * Sizes.MIB;
	/** The share of memory a switch must save before the analysis recommends it. */
	private static final double WORTH_SWITCHING = 0.10;

	private static final String VM_FREEDOM = "any OS the hypervisor runs, with its own kernel";

	private final Coefficients coefficients;

	WorkloadComparer(Coefficients coefficients) {
		this.coefficients = coefficients;
	}

	Comparison compare(Vm vm) {
		Machine host = vm.getMachine();
		Hypervisor hypervisor = Machines.hypervisor(host);
		Platform platform = platform(hypervisor.getLiteral());
		int vcpus = vm.getVcpu() == null ? 1 : vm.getVcpu();
		long memory = Machines.memoryBytes(vm);
		long disk = vm.getDisks().stream().map(Disk::getSize).mapToLong(Sizes::bytes).sum();
		Footprint current = new Footprint("vm", platform.name(),
				memory + (long) coefficients.vmOverhead(platform.name(), vcpus, memory).value(),
				vcpus * (1 + platform.cpuOverhead().value()), disk, (long) platform.startMillis().value(), platform.isolation(),
				VM_FREEDOM);
		OsFamily family = Machines.os(vm).family();
		List<String> obstacles = new ArrayList<>();
		if (Machines.kernel(host) == OsFamily.ESXI) {
			obstacles.add(describe(host) + " runs ESXi, which runs no containers");
		} else if (Machines.kernel(host) != family) {
			obstacles.add("a " + family.getLiteral() + " workload cannot be a container on " + describe(host)
					+ ", whose kernel is " + Machines.kernel(host).getLiteral());
		}
		if (vm.getRuntime() != Runtime.NONE || vm.getHypervisor() != Hypervisor.NONE) {
			obstacles.add("vm " + vm.getName() + " hosts workloads of its own");
		}
		if (vm.getKernel() != null) {
			obstacles.add("vm " + vm.getName() + " boots its own kernel; containers share their machine's");
		}
		if (!obstacles.isEmpty()) {
			return new Comparison(vm, host, 1, current, Optional.empty(), obstacles, false,
					List.of("the container form is impossible: " + String.join("; ", obstacles)));
		}
		Runtime runtime = Machines.runtime(host) == Runtime.NONE ? Runtime.DOCKER : Machines.runtime(host);
		Platform other = platform(runtime.getLiteral());
		long containerMemory = Math.max(MIN_CONTAINER_MEMORY, memory - (long) coefficients.baseline(family).value())
				+ (long) coefficients.containerOverhead(other.name()).value();
		Footprint alternative = new Footprint("container", other.name(), containerMemory,
				vcpus * (1 + other.cpuOverhead().value()),
				(long) coefficients.imageBytes(other, family).value() + CarriedData.bytes(vm),
				(long) other.startMillis().value(), other.isolation(), containerFreedom(host));
		List<String> reasons = new ArrayList<>();
		Optional<String> gate = RoleGate.keepsVm(vm);
		boolean worth = saves(current, alternative) && gate.isEmpty();
		reasons.add(Reasons.memory(current, alternative, "the guest OS and the hypervisor's overhead"));
		reasons.add(Reasons.start(current, alternative));
		CarriedData.asVolumes(vm).ifPresent(reasons::add);
		RoleGate.assumption(vm).ifPresent(reasons::add);
		reasons.add(gate.orElse(worth ? "it would lose its own kernel and share " + describe(host) + "'s: choose the VM if "
				+ "the workload needs that boundary" : "the saving is too small to give up the VM's own kernel"));
		if (Machines.runtime(host) == Runtime.NONE) {
			reasons.add(describe(host) + " runs no container runtime yet; the figures assume docker");
		}
		return new Comparison(vm, host, 1, current, Optional.of(alternative), List.of(), worth, reasons);
	}

	Comparison compare(Container container, Machine machine, int instances) {
		Platform platform = platform(Machines.runtime(machine).getLiteral());
		OsFamily family = Machines.os(container.getOs()).family();
		long limit = container.getMemory() == null ? 0 : Sizes.bytes(container.getMemory());
		double cpu = container.getCpu() == null ? 0 : container.getCpu().doubleValue();
		Footprint current = new Footprint("container", platform.name(),
				instances * (limit + (long) coefficients.containerOverhead(platform.name()).value()),
				instances * cpu * (1 + platform.cpuOverhead().value()),
				(long) coefficients.imageBytes(platform, family).value(), (long) platform.startMillis().value(),
				platform.isolation(), containerFreedom(machine));
		Hypervisor hypervisor = Machines.hypervisor(machine);
		if (hypervisor == Hypervisor.NONE) {
			String obstacle = describe(machine) + " runs no hypervisor" + (machine instanceof Vm ? " (no nested VMs)" : "");
			return new Comparison(container, machine, instances, current, Optional.empty(), List.of(obstacle), false,
					List.of("the VM form is impossible: " + obstacle));
		}
		Platform other = platform(hypervisor.getLiteral());
		int vcpus = Math.max(1, (int) Math.ceil(cpu));
		long guest = limit + (long) coefficients.baseline(family).value();
		Footprint alternative = new Footprint("vm", other.name(),
				instances * (guest + (long) coefficients.vmOverhead(other.name(), vcpus, guest).value()),
				instances * vcpus * (1 + other.cpuOverhead().value()),
				instances * (long) coefficients.imageBytes(other, family).value(), (long) other.startMillis().value(),
				other.isolation(), VM_FREEDOM);
		List<String> reasons = new ArrayList<>();
		reasons.add(Reasons.memory(alternative, current, "a guest OS and the hypervisor's overhead per instance"));
		reasons.add(Reasons.start(alternative, current));
		CarriedData.asDisks(container).ifPresent(reasons::add);
		RoleGate.assumption(container).ifPresent(reasons::add);
		if (container.isPrivileged()) {
			reasons.add("it runs privileged, so a breakout owns " + describe(machine) + "; a VM would contain it");
		}
		return new Comparison(container, machine, instances, current, Optional.of(alternative), List.of(),
				container.isPrivileged(), reasons);
	}

	private boolean saves(Footprint from, Footprint to) {
		return from.memoryBytes() > 0 && (from.memoryBytes() - to.memoryBytes()) >= WORTH_SWITCHING * from.memoryBytes();
	}

	private Platform platform(String name) {
		return coefficients.platform(name).orElseThrow(() -> new IllegalStateException("no coefficients for " + name));
	}

	private static String containerFreedom(Machine machine) {
		return Machines.kernel(machine).getLiteral() + " only: containers share the kernel of " + describe(machine);
	}

	static String describe(Machine machine) {
		return (machine instanceof Vm ? "vm " : "host ") + Machines.name(machine);
	}
}
