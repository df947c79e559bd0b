package dev.berth.validation;

import dev.berth.berth.Balancer;
import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Deployment;
import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.model.ServiceNames;
import dev.berth.model.Site;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.xtext.validation.Check;

/**
 * Names are unique within a deployment, machine names across everything one command sees, and
 * no container or balancer takes the name of another container's numbered Compose services.
 */
public class NamingValidator extends ConcernValidator {

	@Check
	public void checkNameIsUnique(Element element) {
		if (element.getName() == null) {
			return;
		}
		Map<String, List<Element>> byDeployment = fact(element, "names",
				() -> site(element).groupBy(e -> e.getName() == null ? null : deploymentOf(e) + " " + e.getName()));
		Element first = byDeployment.get(deploymentOf(element) + " " + element.getName()).get(0);
		if (first != element) {
			error(describe(element) + " has the name of " + describe(first) + " (" + where(first)
					+ "); names are unique within deployment " + deploymentOf(element) + ", whatever they name; rename one",
					element, BerthPackage.Literals.ELEMENT__NAME, IssueCodes.NAME_DUPLICATE, element.getName());
			return;
		}
		if (element instanceof Machine) {
			checkMachineNameIsUnique(element);
		}
	}

	private void checkMachineNameIsUnique(Element machine) {
		Map<String, List<Element>> machines = fact(machine, "machine-names",
				() -> site(machine).groupBy(e -> e instanceof Machine ? e.getName() : null));
		Element first = machines.get(machine.getName()).get(0);
		if (first != machine) {
			error(describe(machine) + " has the name of " + describe(first) + " of deployment " + deploymentOf(first)
					+ " (" + where(first) + "); machine names are unique across all files, since output folders "
					+ "are named after them; rename one", machine, BerthPackage.Literals.ELEMENT__NAME,
					IssueCodes.NAME_DUPLICATE, machine.getName());
		}
	}

	@Check
	public void checkNameIsNoServiceName(Element element) {
		if (!(element instanceof Container || element instanceof Balancer) || element.getName() == null) {
			return;
		}
		Map<String, Container> services = fact(element, "numbered-services", () -> numberedServices(site(element)));
		Container owner = services.get(element.getName());
		if (owner == null) {
			return;
		}
		List<String> names = ServiceNames.all(owner);
		error(describe(element) + " has the name of the Compose service of instance " + (names.indexOf(element.getName())
				+ 1) + " of " + describe(owner) + ", whose " + names.size() + " instances are the services " + names.get(0)
				+ " to " + names.get(names.size() - 1) + "; the two would share a service name and a host name on the "
				+ "network, so rename " + element.getName(), element, BerthPackage.Literals.ELEMENT__NAME,
				IssueCodes.NAME_SERVICE_CLASH, element.getName(), owner.getName());
	}

	/** The numbered service names of the containers with several instances, each with the first container that has it. */
	private static Map<String, Container> numberedServices(Site site) {
		Map<String, Container> services = new HashMap<>();
		for (Container container : site.all(Container.class)) {
			if (container.getName() != null && ServiceNames.isAliased(container)) {
				ServiceNames.all(container).forEach(name -> services.putIfAbsent(name, container));
			}
		}
		return services;
	}

	private static String deploymentOf(Element element) {
		return element.eContainer() instanceof Deployment deployment ? deployment.getName() : "";
	}
}
