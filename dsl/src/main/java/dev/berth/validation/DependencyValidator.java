package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Dependency;
import dev.berth.berth.DependencyCondition;
import dev.berth.berth.Element;
import dev.berth.berth.RestartPolicy;
import dev.berth.berth.Vm;
import dev.berth.berth.Workload;
import java.util.List;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;

/** {@code depends on} forms no cycle, and waits only for conditions that its target can reach. */
public class DependencyValidator extends ConcernValidator {

	@Check
	public void checkVmDependenciesHaveNoCycle(Vm vm) {
		check(vm, vm.getDependsOn(), BerthPackage.Literals.VM__DEPENDS_ON);
	}

	@Check
	public void checkContainerDependenciesHaveNoCycle(Container container) {
		check(container, container.getDependsOn(), BerthPackage.Literals.CONTAINER__DEPENDS_ON);
	}

	private void check(Element workload, List<Dependency> dependencies, EReference feature) {
		if (dependencies.isEmpty()) {
			return;
		}
		Cycles<Element> cycles = dependencyCycles(workload);
		for (int i = 0; i < dependencies.size(); i++) {
			Workload target = dependencies.get(i).getTarget();
			if (target == null || target.eIsProxy() || !cycles.inCycle(workload, (Element) target)) {
				continue;
			}
			List<Element> cycle = cycles.path((Element) target, workload);
			cycle.add(0, workload);
			String names = Cycles.chain(cycle.stream().map(Element::getName).toList());
			error(describe(workload) + " depends on " + ((Element) target).getName() + ", which closes the cycle "
					+ names + "; nothing in a cycle can start first, so remove one of these dependencies", workload,
					feature, i, IssueCodes.DEPENDS_CYCLE, names);
		}
	}

	@Check
	public void checkHealthyTargetHasHealthcheck(Dependency dependency) {
		Element target = target(dependency);
		if (dependency.getCondition() != DependencyCondition.HEALTHY || target == null
				|| target instanceof Container container && container.getHealthcheck() != null) {
			return;
		}
		Element workload = (Element) dependency.eContainer();
		String advice = target instanceof Container
				? "add `healthcheck \"CMD\"` to " + target.getName() + ", or depend on it started"
				: "only containers have one; depend on it started";
		error(describe(workload) + " waits until " + target.getName() + " is healthy, but " + describe(target)
				+ " has no health check, so " + workload.getName() + " would never start; " + advice, dependency,
				BerthPackage.Literals.DEPENDENCY__CONDITION, IssueCodes.DEPENDS_NOT_HEALTHY, target.getName());
	}

	@Check
	public void checkCompletedTargetCanComplete(Dependency dependency) {
		Element target = target(dependency);
		if (dependency.getCondition() != DependencyCondition.COMPLETED || target == null
				|| target instanceof Container container && !restartsForever(container)) {
			return;
		}
		Element workload = (Element) dependency.eContainer();
		String why;
		String advice;
		if (target instanceof Container container) {
			why = "it restarts " + container.getRestart().getLiteral()
					+ (container.eIsSet(BerthPackage.Literals.CONTAINER__RESTART) ? "" : " (the default)");
			advice = "give " + target.getName() + " `restart no` or `restart on-failure` if it is a job that runs once, "
					+ "or depend on it started or healthy";
		} else {
			why = "it is not a container, and only a container exits";
			advice = "depend on it started";
		}
		warning(describe(workload) + " waits until " + describe(target) + " has completed, but " + why + ", so it "
				+ "never completes and " + workload.getName() + " never starts; " + advice, dependency,
				BerthPackage.Literals.DEPENDENCY__CONDITION, IssueCodes.DEPENDS_NEVER_COMPLETES, target.getName());
	}

	private static boolean restartsForever(Container container) {
		return container.getRestart() == RestartPolicy.ALWAYS || container.getRestart() == RestartPolicy.UNLESS_STOPPED;
	}

	/** The workload a dependency names, when the name resolves. */
	private static Element target(Dependency dependency) {
		Workload target = dependency.getTarget();
		return target == null || target.eIsProxy() ? null : (Element) target;
	}
}
