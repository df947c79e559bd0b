package dev.berth.analysis;

import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.Host;
import dev.berth.berth.Machine;
import dev.berth.berth.Vm;
import dev.berth.model.Coefficients;
import dev.berth.model.Machines;
import dev.berth.model.Placement;
import dev.berth.model.Replicas;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison analysis of a site: every workload in both forms, and every machine's use as
 * modelled and as it would be with every recommended switch.
 *
 * @param coefficients the figures used, with their sources
 * @param comparisons one per VM, and one per container and machine it runs on
 * @param machines one per machine that runs workloads, hosts first
 */
public record SiteAnalysis(Coefficients coefficients, List<Comparison> comparisons, List<MachineUse> machines) {

	/** Analyses a site. */
	public static SiteAnalysis of(Site site) {
		Coefficients coefficients = Coefficients.of(site);
		VmComparer vms = new VmComparer(coefficients);
		ContainerComparer containers = new ContainerComparer(coefficients);
		List<Comparison> comparisons = new ArrayList<>();
		for (Element element : site.elements()) {
			if (element instanceof Vm vm && vm.getMachine() != null && !vm.getMachine().eIsProxy()) {
				comparisons.add(vms.compare(vm));
			} else if (element instanceof Container container) {
				for (Placement placement : Replicas.placements(container)) {
					if (placement.instances() > 0) {
						comparisons.add(containers.compare(container, placement.machine(), placement.instances()));
					}
				}
			}
		}
		Map<Machine, List<Comparison>> byMachine = byMachine(comparisons);
		List<MachineUse> machines = new ArrayList<>();
		for (Element element : site.elements()) {
			if (element instanceof Machine machine && hasWorkloads(site, machine)) {
				machines.add(use(machine, byMachine.getOrDefault(machine, List.of())));
			}
		}
		machines.sort((a, b) -> Boolean.compare(a.machine() instanceof Vm, b.machine() instanceof Vm));
		return new SiteAnalysis(coefficients, comparisons, machines);
	}

	/** The comparisons of each machine, in the order of {@link #comparisons()}. */
	public Map<Machine, List<Comparison>> comparisonsByMachine() {
		return byMachine(comparisons);
	}

	private static Map<Machine, List<Comparison>> byMachine(List<Comparison> comparisons) {
		Map<Machine, List<Comparison>> byMachine = new IdentityHashMap<>();
		for (Comparison comparison : comparisons) {
			byMachine.computeIfAbsent(comparison.machine(), machine -> new ArrayList<>()).add(comparison);
		}
		return byMachine;
	}

	private static boolean hasWorkloads(Site site, Machine machine) {
		return !site.vmsOn(machine).isEmpty() || !site.containersOn(machine).isEmpty();
	}

	/**
	 * A machine's use, on one basis for both columns: the footprint of every workload on it, overheads
	 * and images included, as modelled and with the recommended forms.
	 */
	private static MachineUse use(Machine machine, List<Comparison> comparisons) {
		MachineUse.Use used = MachineUse.Use.NONE;
		MachineUse.Use switched = MachineUse.Use.NONE;
		for (Comparison comparison : comparisons) {
			used = used.plus(comparison.current());
			switched = switched.plus(comparison.chosen());
		}
		long memory = (long) (Machines.memoryBytes(machine) * Machines.memoryOvercommit(machine).doubleValue());
		double cpu = Machines.cores(machine).doubleValue() * Machines.cpuOvercommit(machine).doubleValue();
		List<Density> density = new ArrayList<>();
		for (Comparison comparison : comparisons) {
			density.add(Density.of(comparison, memory - used.memoryBytes(), cpu - used.cpu()));
		}
		long disk = Machines.diskBytes(machine).orElse(0L);
		return new MachineUse(machine, memory, cpu, disk, used, switched, density);
	}

	/**
	 * The site's totals: capacity and use summed over its hosts (VMs that host workloads are inside
	 * them already), with no machine and no density.
	 */
	public MachineUse totals() {
		List<MachineUse> hosts = machines.stream().filter(use -> use.machine() instanceof Host).toList();
		MachineUse.Use used = MachineUse.Use.NONE;
		MachineUse.Use switched = MachineUse.Use.NONE;
		long memory = 0;
		double cpu = 0;
		long disk = 0;
		for (MachineUse host : hosts) {
			memory += host.memoryBytes();
			cpu += host.cpu();
			disk += host.diskBytes();
			used = used.plus(host.used().memoryBytes(), host.used().cpu(), host.used().diskBytes());
			switched = switched.plus(host.switched().memoryBytes(), host.switched().cpu(), host.switched().diskBytes());
		}
		return new MachineUse(null, memory, cpu, disk, used, switched, List.of());
	}
}
