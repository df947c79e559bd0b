package dev.berth.analysis;

import dev.berth.berth.Element;
import dev.berth.model.Sizes;

/**
 * How many more instances of a workload would fit in its machine's free memory and CPU, in its current form.
 *
 * @param more the number, or -1 when the workload states no size to count with
 * @param formula how the number follows from the free capacity and one instance's footprint
 */
public record Density(Element workload, int more, String formula) {

	/** The density of a workload from the machine's free memory and cores as modelled. */
	static Density of(Comparison comparison, long freeMemory, double freeCpu) {
		long memoryEach = (long) comparison.current().memory().value() / comparison.instances();
		double cpuEach = comparison.current().cpu().value() / comparison.instances();
		if (memoryEach <= 0) {
			return new Density(comparison.workload(), -1, "no memory to count with");
		}
		long free = Math.max(0, freeMemory);
		long byMemory = free / memoryEach;
		String formula = Sizes.format(free) + " free memory / " + Sizes.format(memoryEach) + " each = " + byMemory;
		long more = byMemory;
		if (cpuEach > 0) {
			double freeCores = Math.max(0, freeCpu);
			long byCpu = (long) Math.floor(freeCores / cpuEach);
			formula += "; " + Decimals.twoPlaces(freeCores) + " free cores / " + Decimals.twoPlaces(cpuEach) + " each = "
					+ byCpu;
			more = Math.min(byMemory, byCpu);
		}
		return new Density(comparison.workload(), (int) Math.min(Integer.MAX_VALUE, more), formula + "; " + more
				+ " more");
	}
}
