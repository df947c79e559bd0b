package dev.berth.analysis;

import dev.berth.analysis.Amount.Unit;
import dev.berth.berth.Container;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Machine;
import dev.berth.berth.Sandbox;
import dev.berth.berth.Vm;
import dev.berth.model.Coefficients;
import dev.berth.model.Figure;
import dev.berth.model.Machines;
import dev.berth.model.Os;
import dev.berth.model.Platform;
import dev.berth.model.Sizes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sets a container's instances on a machine beside their VM form and their other container form there. */
final class ContainerComparer extends WorkloadComparer {

	ContainerComparer(Coefficients coefficients) {
		super(coefficients);
	}

	Comparison compare(Container container, Machine machine, int instances) {
		Os os = Machines.os(container.getOs());
		long limitBytes = container.getMemory() == null ? 0 : Sizes.bytes(container.getMemory());
		Amount limit = Amount.given(Unit.BYTES, limitBytes, container.getMemory() == null ? "memory (no limit given)"
				: "memory limit");
		double cpu = container.getCpu() == null ? 0 : container.getCpu().doubleValue();
		Amount cores = Amount.given(Unit.CORES, cpu, container.getCpu() == null ? "cores (no limit given)" : "cores");
		Sandbox sandbox = container.getSandbox();
		Platform own = platform(sandbox == Sandbox.NONE ? runtime(machine).getLiteral() : sandbox.getLiteral());
		Footprint current = containerForm(machine, sandbox, instances, limit, cores, containerDisk(own, os, container,
				instances));
		List<Footprint> alternatives = new ArrayList<>();
		List<String> obstacles = new ArrayList<>();
		Optional<Footprint> vm = vmForm(container, machine, instances, os, limitBytes, cpu, obstacles);
		vm.ifPresent(alternatives::add);
		Optional<Sandbox> other = sandbox == Sandbox.NONE ? sandboxFor(machine, os.family(), obstacles)
				: Optional.of(Sandbox.NONE);
		other.ifPresent(kind -> alternatives.add(containerForm(machine, kind, instances, limit, cores,
				containerDisk(platform(kind == Sandbox.NONE ? runtime(machine).getLiteral() : kind.getLiteral()), os,
						container, instances))));
		List<String> reasons = new ArrayList<>();
		vm.ifPresent(form -> reasons.add(Reasons.memory(form, current, "a guest OS and the hypervisor's overhead per "
				+ "instance")));
		vm.ifPresent(form -> reasons.add(Reasons.start(form, current)));
		reasons.addAll(obstacles);
		CarriedData.asDisks(container).ifPresent(reasons::add);
		RoleGate.assumption(container).ifPresent(reasons::add);
		boolean privileged = container.isPrivileged() && vm.isPresent();
		if (privileged) {
			reasons.add("it runs privileged, so a breakout owns " + describe(machine) + "; a VM would contain it");
		}
		return new Comparison(container, machine, instances, current, alternatives, obstacles,
				privileged ? vm : Optional.empty(), reasons);
	}

	private Optional<Footprint> vmForm(Container container, Machine machine, int instances, Os os, long limit,
			double cpu, List<String> obstacles) {
		Hypervisor hypervisor = Machines.hypervisor(machine);
		if (hypervisor == Hypervisor.NONE) {
			obstacles.add("the vm form is impossible: " + describe(machine) + " runs no hypervisor"
					+ (machine instanceof Vm ? " (no nested VMs)" : ""));
			return Optional.empty();
		}
		Platform platform = platform(hypervisor.getLiteral());
		int vcpus = Math.max(1, (int) Math.ceil(cpu));
		Figure baseline = coefficients.baseline(os.family(), true);
		long guest = limit + (long) baseline.value();
		Amount guestAmount = new Amount(Unit.BYTES, guest, Sizes.format(limit) + " memory limit + "
				+ Sizes.format((long) baseline.value()) + " " + os.family().getLiteral() + " guest OS baseline = "
				+ Sizes.format(guest), List.of(baseline.source()));
		List<Amount> disk = new ArrayList<>(List.of(image(platform, os.family(), "OS disk")));
		disk.addAll(CarriedData.volumes(container));
		Amount disks = Amount.sum(Unit.BYTES, disk).times(instances);
		return Optional.of(Footprints.vm(platform, coefficients.vmOverhead(hypervisor), instances, vcpus, guestAmount,
				disks, VM_FREEDOM));
	}

	/** A container form's disk: its image once on the machine, and its data volumes per instance. */
	private Amount containerDisk(Platform platform, Os os, Container container, int instances) {
		List<Amount> volumes = CarriedData.volumes(container);
		Amount image = image(platform, os.family(), "image");
		if (volumes.isEmpty()) {
			return image;
		}
		return Amount.sum(Unit.BYTES, List.of(image, Amount.sum(Unit.BYTES, volumes).times(instances)));
	}
}
