package dev.berth.analysis;

import dev.berth.berth.Machine;
import java.util.List;

/**
 * A machine's capacity and its use as modelled and as it would be with every recommended switch.
 *
 * @param memoryBytes memory the machine offers, overcommit included
 * @param cpu cores the machine offers, overcommit included
 * @param diskBytes disk the machine declares, 0 when it declares none
 * @param used the use as modelled: each workload's current footprint, overheads and images included
 * @param switched the use on the same basis with every recommended switch made
 * @param density how many more instances of each workload fit as modelled
 */
public record MachineUse(Machine machine, long memoryBytes, double cpu, long diskBytes, Use used, Use switched,
		List<Density> density) {

	/**
	 * Memory, CPU and disk in use.
	 *
	 * @param memoryBytes memory in use
	 * @param cpu cores in use
	 * @param diskBytes disk in use
	 */
	public record Use(long memoryBytes, double cpu, long diskBytes) {

		/** Nothing in use. */
		static final Use NONE = new Use(0, 0, 0);

		Use plus(Footprint footprint) {
			return plus((long) footprint.memory().value(), footprint.cpu().value(), (long) footprint.disk().value());
		}

		Use plus(long memory, double cores, long disk) {
			return new Use(memoryBytes + memory, cpu + cores, diskBytes + disk);
		}
	}
}
