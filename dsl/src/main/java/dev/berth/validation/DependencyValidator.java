package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.Vm;
import dev.berth.berth.Workload;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;

/** {@code depends on} forms no cycle; each dependency in one is reported with the whole cycle named. */
public class DependencyValidator extends ConcernValidator {

	private static final int MAX_NAMES = 12;

	@Check
	public void checkVmDependenciesHaveNoCycle(Vm vm) {
		check(vm, vm.getDependsOn(), BerthPackage.Literals.VM__DEPENDS_ON);
	}

	@Check
	public void checkContainerDependenciesHaveNoCycle(Container container) {
		check(container, container.getDependsOn(), BerthPackage.Literals.CONTAINER__DEPENDS_ON);
	}

	/** The names along a cycle; a long one keeps its ends and says how many names it leaves out. */
	private static String names(List<Element> cycle) {
		List<String> names = cycle.stream().map(Element::getName).toList();
		if (names.size() > MAX_NAMES) {
			int keep = MAX_NAMES / 2;
			names = Stream.concat(Stream.concat(names.subList(0, keep).stream(),
					Stream.of("(" + (names.size() - 2 * keep) + " more)")), names.subList(names.size() - keep, names.size())
					.stream()).toList();
		}
		return String.join(" -> ", names);
	}

	private void check(Element workload, List<Workload> targets, EReference feature) {
		if (targets.isEmpty()) {
			return;
		}
		DependencyCycles cycles = fact(workload, DependencyCycles.class, () -> DependencyCycles.of(site(workload)));
		for (int i = 0; i < targets.size(); i++) {
			Workload target = targets.get(i);
			if (target.eIsProxy() || !cycles.inCycle(workload, (Element) target)) {
				continue;
			}
			List<Element> cycle = cycles.path((Element) target, workload);
			cycle.add(0, workload);
			String names = names(cycle);
			error(describe(workload) + " depends on " + ((Element) target).getName() + ", which closes the cycle "
					+ names + "; nothing in a cycle can start first, so remove one of these dependencies", workload,
					feature, i, IssueCodes.DEPENDS_CYCLE, names);
		}
	}
}
