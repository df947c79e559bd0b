package dev.berth.analysis;

import dev.berth.analysis.Amount.Unit;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Machine;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Runtime;
import dev.berth.berth.Sandbox;
import dev.berth.berth.Vm;
import dev.berth.model.Coefficients;
import dev.berth.model.Figure;
import dev.berth.model.Machines;
import dev.berth.model.Os;
import dev.berth.model.Sizes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Sets a VM beside its container and sandboxed container forms on the same machine. */
final class VmComparer extends WorkloadComparer {

	/** The least memory a containerized VM workload is given, whatever its guest OS took. */
	private static final long MIN_CONTAINER_MEMORY = 64 * Sizes.MIB;

	VmComparer(Coefficients coefficients) {
		super(coefficients);
	}

	Comparison compare(Vm vm) {
		Machine host = vm.getMachine();
		int vcpus = vm.getVcpu() == null ? 1 : vm.getVcpu();
		long memory = Machines.memoryBytes(vm);
		Hypervisor hypervisor = Machines.hypervisor(host);
		Footprint current = Footprints.vm(platform(hypervisor.getLiteral()), coefficients.vmOverhead(hypervisor), 1, vcpus,
				Amount.given(Unit.BYTES, memory, "memory"), disks(vm), VM_FREEDOM);
		Os os = Machines.os(vm);
		List<String> obstacles = new ArrayList<>();
		List<String> blockers = containerObstacles(vm, host, os);
		if (!blockers.isEmpty()) {
			obstacles.add("the container form is impossible: " + String.join("; ", blockers));
			obstacles.add("the sandboxed container form is impossible: " + String.join("; ", blockers));
			return new Comparison(vm, host, 1, current, List.of(), obstacles, Optional.empty(), obstacles);
		}
		Amount limit = limit(memory, os);
		Amount cores = Amount.given(Unit.CORES, vcpus, "cores");
		List<Amount> diskParts = new ArrayList<>(List.of(image(platform(runtime(host).getLiteral()), os.family(),
				"image")));
		diskParts.addAll(CarriedData.disks(vm));
		Amount disk = Amount.sum(Unit.BYTES, diskParts);
		Footprint container = containerForm(host, Sandbox.NONE, 1, limit, cores, disk);
		List<Footprint> alternatives = new ArrayList<>(List.of(container));
		sandboxFor(host, os.family(), obstacles).ifPresent(sandbox -> alternatives.add(containerForm(host, sandbox, 1,
				limit, cores, disk)));
		Optional<String> gate = RoleGate.keepsVm(vm);
		boolean worth = saves(current, container) && gate.isEmpty();
		List<String> reasons = new ArrayList<>();
		reasons.add(Reasons.memory(current, container, "the guest OS and the hypervisor's overhead"));
		reasons.add(Reasons.start(current, container));
		CarriedData.asVolumes(vm).ifPresent(reasons::add);
		RoleGate.assumption(vm).ifPresent(reasons::add);
		reasons.add(gate.orElse(worth ? "it would lose its own kernel and share " + describe(host) + "'s: choose the VM, "
				+ "or the sandboxed container, if the workload needs that boundary"
				: "the saving is too small to give up the VM's own kernel"));
		if (Machines.runtime(host) == Runtime.NONE) {
			reasons.add(describe(host) + " runs no container runtime yet; the figures assume docker");
		}
		return new Comparison(vm, host, 1, current, alternatives, obstacles, worth ? Optional.of(container)
				: Optional.empty(), reasons);
	}

	private static List<String> containerObstacles(Vm vm, Machine host, Os os) {
		List<String> obstacles = new ArrayList<>();
		if (Machines.kernel(host) == OsFamily.ESXI) {
			obstacles.add(describe(host) + " runs ESXi, which runs no containers");
		} else if (Machines.kernel(host) != os.family()) {
			obstacles.add("a " + os.family().getLiteral() + " workload cannot be a container on " + describe(host)
					+ ", whose kernel is " + Machines.kernel(host).getLiteral());
		}
		if (vm.getRuntime() != Runtime.NONE || vm.getHypervisor() != Hypervisor.NONE) {
			obstacles.add("vm " + vm.getName() + " hosts workloads of its own");
		}
		if (vm.getKernel() != null) {
			obstacles.add("vm " + vm.getName() + " boots its own kernel; containers share their machine's");
		}
		return obstacles;
	}

	/** The container's memory limit: the VM's memory less its guest OS baseline, and at least 64 MiB. */
	private Amount limit(long memory, Os os) {
		Figure baseline = coefficients.baseline(os.family(), serverCore(os));
		long limit = Math.max(MIN_CONTAINER_MEMORY, memory - (long) baseline.value());
		String formula = Sizes.format(memory) + " memory - " + Sizes.format((long) baseline.value()) + " "
				+ os.family().getLiteral() + " guest OS baseline";
		return new Amount(Unit.BYTES, limit, limit == MIN_CONTAINER_MEMORY && memory - baseline.value() < limit
				? "at least " + Sizes.format(limit) + " (" + formula + " is less)"
				: formula + " = " + Sizes.format(limit), List.of(baseline.source()));
	}

	private static boolean serverCore(Os os) {
		return os.description().toLowerCase(Locale.ROOT).contains("core");
	}

	private static Amount disks(Vm vm) {
		return Amount.sum(Unit.BYTES, vm.getDisks().stream()
				.map(disk -> Amount.given(Unit.BYTES, Sizes.bytes(disk.getSize()), "disk " + disk.getName())).toList());
	}
}
