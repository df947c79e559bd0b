package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Dependency;
import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.berth.Vm;
import dev.berth.berth.Workload;
import dev.berth.model.Dependencies;
import dev.berth.model.Machines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;

/**
 * {@code depends on} across machines orders them one way only: the deployment deploys the machine
 * of a dependency first, so two machines that wait for each other can neither be deployed first.
 */
public class MachineOrderValidator extends ConcernValidator {

	/** One machine of a workload waits for one machine of what it depends on. */
	private record Edge(Machine from, Machine to) {
	}

	@Check
	public void checkVmMachinesCanBeOrdered(Vm vm) {
		check(vm, vm.getDependsOn(), BerthPackage.Literals.VM__DEPENDS_ON);
	}

	@Check
	public void checkContainerMachinesCanBeOrdered(Container container) {
		check(container, container.getDependsOn(), BerthPackage.Literals.CONTAINER__DEPENDS_ON);
	}

	private void check(Element workload, List<Dependency> dependencies, EReference feature) {
		for (int i = 0; i < dependencies.size(); i++) {
			Workload reference = dependencies.get(i).getTarget();
			if (reference == null || reference.eIsProxy()
					|| dependencyCycles(workload).inCycle(workload, (Element) reference)) {
				continue;
			}
			Element target = (Element) reference;
			for (Edge edge : edges(workload, target)) {
				if (machineCycles(workload).inCycle(edge.from(), edge.to())) {
					report(workload, target, edge, feature, i);
					break;
				}
			}
		}
	}

	private void report(Element workload, Element target, Edge edge, EReference feature, int index) {
		List<Machine> chain = new ArrayList<>(machineCycles(workload).path(edge.to(), edge.from()));
		chain.add(0, edge.from());
		String names = Cycles.chain(chain.stream().map(Machines::name).toList());
		String from = Machines.name(edge.from());
		String to = Machines.name(edge.to());
		error(describe(workload) + " depends on " + target.getName() + ", so the deployment deploys " + to + " (where "
				+ target.getName() + " runs) before " + from + "; with the other dependencies across machines this "
				+ "orders " + names + ", and none of them can be deployed first; place these workloads so that "
				+ "dependencies between machines run one way, or remove one", workload, feature, index,
				IssueCodes.DEPENDS_MACHINE_CYCLE, names);
	}

	/**
	 * The machines a dependency orders: each machine of the workload waits for each machine of
	 * the target, unless the target runs there too (then they start in order on that machine).
	 */
	private static List<Edge> edges(Element workload, Element target) {
		List<Machine> theirs = Dependencies.machines(target);
		List<Edge> edges = new ArrayList<>();
		for (Machine from : Dependencies.machines(workload)) {
			if (!theirs.contains(from)) {
				theirs.forEach(to -> edges.add(new Edge(from, to)));
			}
		}
		return edges;
	}

	private Cycles<Machine> machineCycles(EObject object) {
		return fact(object, MachineOrderValidator.class, () -> {
			Map<Machine, Set<Machine>> waitsFor = new LinkedHashMap<>();
			for (Element workload : site(object).elements()) {
				for (Element target : Dependencies.targets(workload)) {
					for (Edge edge : edges(workload, target)) {
						waitsFor.computeIfAbsent(edge.from(), m -> new LinkedHashSet<>()).add(edge.to());
					}
				}
			}
			return Cycles.of(waitsFor.keySet(), m -> List.copyOf(waitsFor.getOrDefault(m, Set.of())));
		});
	}
}
