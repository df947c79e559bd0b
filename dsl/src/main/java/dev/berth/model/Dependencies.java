package dev.berth.model;

import dev.berth.berth.Balancer;
import dev.berth.berth.Container;
import dev.berth.berth.Dependency;
import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.berth.Vm;
import java.util.List;

/** The {@code depends on} of workloads: what each waits for, how, and on which machines. */
public final class Dependencies {

	private Dependencies() {
	}

	/** The dependencies an element declares; none for elements that cannot declare any. */
	public static List<Dependency> of(Element element) {
		if (element instanceof Vm vm) {
			return vm.getDependsOn();
		}
		return element instanceof Container container ? container.getDependsOn() : List.of();
	}

	/** The workloads an element depends on whose names resolve. */
	public static List<Element> targets(Element element) {
		return of(element).stream().map(Dependency::getTarget).filter(t -> t != null && !t.eIsProxy())
				.map(Element.class::cast).toList();
	}

	/** The machines a workload runs on: a container's machines with instances, a VM's or a balancer's machine. */
	public static List<Machine> machines(Element workload) {
		if (workload instanceof Container container) {
			return Replicas.placements(container).stream().filter(p -> p.instances() > 0).map(Placement::machine).toList();
		}
		Machine machine = workload instanceof Vm vm ? vm.getMachine()
				: workload instanceof Balancer balancer ? balancer.getMachine() : null;
		return machine == null || machine.eIsProxy() ? List.of() : List.of(machine);
	}
}
