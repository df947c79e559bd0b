package dev.berth.ide;

import dev.berth.berth.Machine;
import dev.berth.model.MachineLoad;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import dev.berth.model.Sizes;
import java.math.BigDecimal;
import java.util.Optional;

/** A machine's memory, CPU and disk in use and free, in one line for hovers and code lenses. */
final class MachineUtilisation {

	private MachineUtilisation() {
	}

	static String describe(Machine machine) {
		Site site = Site.of(machine);
		MachineLoad load = MachineLoad.of(site, machine);
		long memory = BigDecimal.valueOf(Machines.memoryBytes(machine)).multiply(Machines.memoryOvercommit(machine))
				.longValue();
		BigDecimal cpu = Machines.cores(machine).multiply(Machines.cpuOvercommit(machine));
		StringBuilder text = new StringBuilder("memory ").append(Sizes.format(load.memoryBytes())).append(" of ")
				.append(Sizes.format(memory)).append(" (").append(Sizes.format(Math.max(0, memory - load.memoryBytes())))
				.append(" free) · cpu ").append(plain(load.cores())).append(" of ").append(plain(cpu)).append(" (")
				.append(plain(cpu.subtract(load.cores()).max(BigDecimal.ZERO))).append(" free)");
		Optional<Long> disk = Machines.diskBytes(machine);
		disk.ifPresent(bytes -> text.append(" · disk ").append(Sizes.format(load.diskBytes())).append(" of ")
				.append(Sizes.format(bytes)).append(" (").append(Sizes.format(Math.max(0, bytes - load.diskBytes())))
				.append(" free)"));
		return text.toString();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
