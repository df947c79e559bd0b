package dev.berth.generator.ansible;

import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.berth.Runtime;
import dev.berth.berth.Vm;
import dev.berth.generator.docker.ComposeGenerator;
import dev.berth.model.Dependencies;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The machines that have something to deploy, what each waits for, and the waves they deploy in:
 * wave 1 waits for nothing; a VM that runs containers waits for the machine under it; a machine
 * whose workload depends on a workload elsewhere waits for that machine.
 */
final class Waves {

	private final Map<Machine, Set<Machine>> dependsOn = new LinkedHashMap<>();
	private final Map<Machine, Integer> wave = new LinkedHashMap<>();
	private final List<Machine> machines;
	private int count;

	private Waves(Site site) {
		for (Element element : site.elements()) {
			if (element instanceof Machine machine && deploys(site, machine)) {
				dependsOn.put(machine, new LinkedHashSet<>());
			}
		}
		for (Machine machine : dependsOn.keySet()) {
			if (machine instanceof Vm vm && vm.getMachine() != null && !vm.getMachine().eIsProxy()) {
				dependsOn.get(machine).add(vm.getMachine());
			}
			for (Element workload : workloads(site, machine)) {
				for (Element target : Dependencies.targets(workload)) {
					dependsOn.get(machine).addAll(Dependencies.machines(target));
				}
			}
			dependsOn.get(machine).removeIf(other -> other == machine || !dependsOn.containsKey(other));
		}
		machines = List.copyOf(dependsOn.keySet());
		number();
	}

	static Waves of(Site site) {
		return new Waves(site);
	}

	/** Whether a machine has VMs, containers or balancers to deploy. */
	static boolean deploys(Site site, Machine machine) {
		return !site.vmsOn(machine).isEmpty()
				|| Machines.runtime(machine) != Runtime.NONE && ComposeGenerator.hasContainers(site, machine);
	}

	/** The machines to deploy, in site order. */
	List<Machine> machines() {
		return machines;
	}

	/** Whether a machine is one to deploy. */
	boolean includes(Machine machine) {
		return dependsOn.containsKey(machine);
	}

	/** The machines one waits for. */
	List<Machine> dependsOn(Machine machine) {
		return List.copyOf(dependsOn.get(machine));
	}

	/** The wave of a machine, from 1. */
	int wave(Machine machine) {
		return wave.get(machine);
	}

	/** The number of waves. */
	int count() {
		return count;
	}

	/** Numbers the waves; machines caught in a cycle (which validation reports) come last. */
	private void number() {
		List<Machine> left = new ArrayList<>(machines);
		while (!left.isEmpty()) {
			count++;
			List<Machine> ready = left.stream().filter(m -> dependsOn.get(m).stream().allMatch(wave::containsKey)).toList();
			List<Machine> placed = ready.isEmpty() ? List.copyOf(left) : ready;
			for (Machine machine : placed) {
				wave.put(machine, count);
			}
			left.removeIf(wave::containsKey);
		}
	}

	private static List<Element> workloads(Site site, Machine machine) {
		List<Element> workloads = new ArrayList<>(site.vmsOn(machine));
		site.containersOn(machine).forEach(instances -> workloads.add(instances.container()));
		workloads.addAll(site.balancersOn(machine));
		return workloads;
	}
}
