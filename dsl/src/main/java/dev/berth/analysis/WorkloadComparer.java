package dev.berth.analysis;

import dev.berth.analysis.Amount.Unit;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Machine;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Runtime;
import dev.berth.berth.Sandbox;
import dev.berth.berth.Vm;
import dev.berth.model.Coefficients;
import dev.berth.model.Machines;
import dev.berth.model.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the comparers of VMs and containers share: the coefficients, the forms' figures and their obstacles. */
class WorkloadComparer {

	/** The share of memory a switch must save before the analysis recommends it. */
	static final double WORTH_SWITCHING = 0.10;
	static final String VM_FREEDOM = "any OS the hypervisor runs, with its own kernel";

	final Coefficients coefficients;

	WorkloadComparer(Coefficients coefficients) {
		this.coefficients = coefficients;
	}

	Platform platform(String name) {
		return coefficients.platform(name).orElseThrow(() -> new IllegalStateException("no coefficients for " + name));
	}

	/** The runtime containers on the machine use: its own, or docker assumed when it has none. */
	static Runtime runtime(Machine machine) {
		return Machines.runtime(machine) == Runtime.NONE ? Runtime.DOCKER : Machines.runtime(machine);
	}

	/**
	 * The sandbox a workload of the family on the machine would take: Kata where the machine is a host
	 * with KVM (the hardware boundary kept), else gVisor; empty with the obstacle added when there is none.
	 */
	static Optional<Sandbox> sandboxFor(Machine machine, OsFamily family, List<String> obstacles) {
		List<String> found = new ArrayList<>();
		if (family != OsFamily.LINUX || Machines.kernel(machine) != OsFamily.LINUX) {
			found.add("gVisor and Kata run Linux containers on a Linux kernel only");
		} else if (Machines.runtime(machine) == Runtime.LXC) {
			found.add(describe(machine) + " runs lxc, which runs no sandboxed runtime");
		}
		if (!found.isEmpty()) {
			obstacles.add("the sandboxed container form is impossible: " + String.join("; ", found));
			return Optional.empty();
		}
		return Optional.of(!(machine instanceof Vm) && Machines.hypervisor(machine) == Hypervisor.KVM ? Sandbox.KATA
				: Sandbox.GVISOR);
	}

	/** The container or sandboxed form of a workload with the given limit, cores and disk. */
	Footprint containerForm(Machine machine, Sandbox sandbox, int instances, Amount limit, Amount cores, Amount disk) {
		Runtime runtime = runtime(machine);
		Platform platform = platform(sandbox == Sandbox.NONE ? runtime.getLiteral() : sandbox.getLiteral());
		return Footprints.container(platform, coefficients.containerOverheads(runtime, sandbox, Machines.kernel(machine)),
				instances, limit, cores, disk, containerFreedom(machine));
	}

	/** The image of a form as an amount, for a workload of the family. */
	Amount image(Platform platform, OsFamily family, String what) {
		return Amount.of(Unit.BYTES, coefficients.imageBytes(platform, family), what);
	}

	/** Whether going from one footprint to the other saves enough memory to recommend it. */
	static boolean saves(Footprint from, Footprint to) {
		return from.memory().value() > 0
				&& (from.memory().value() - to.memory().value()) >= WORTH_SWITCHING * from.memory().value();
	}

	static String containerFreedom(Machine machine) {
		return Machines.kernel(machine).getLiteral() + " only: containers share the kernel of " + describe(machine);
	}

	static String describe(Machine machine) {
		return (machine instanceof Vm ? "vm " : "host ") + Machines.name(machine);
	}
}
