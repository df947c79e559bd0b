package dev.berth.validation;

import dev.berth.berth.Balancer;
import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.berth.PortMapping;
import dev.berth.berth.Target;
import dev.berth.model.Balancers;
import dev.berth.model.Dependencies;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.xtext.validation.Check;

/** A container whose port only balancers on its own machine forward to is not published on every address of it. */
public class BalancerBypassValidator extends ConcernValidator {

	/** The address a port that only local balancers need can listen on instead. */
	private static final String LOOPBACK = "127.0.0.1";

	@Check
	public void checkPortDoesNotBypassBalancer(Container container) {
		List<Machine> machines = Dependencies.machines(container);
		List<Target> targets = fact(container, BalancerBypassValidator.class, () -> targets(site(container)))
				.getOrDefault(container, List.of());
		if (machines.size() != 1 || targets.isEmpty()) {
			return;
		}
		for (int i = 0; i < container.getPorts().size(); i++) {
			PortMapping port = container.getPorts().get(i);
			if (port.getHostPort() == null || port.isUdp() || !onAllAddresses(port.getListen())) {
				continue;
			}
			List<Balancer> balancers = targets.stream()
					.filter(t -> port.getContainerPort() != null
							&& Balancers.targetPort(t).orElse(Balancers.DEFAULT_PORT) == port.getContainerPort())
					.map(t -> (Balancer) t.eContainer()).toList();
			if (!balancers.isEmpty() && balancers.stream().allMatch(b -> b.getMachine() == machines.get(0))) {
				String hostPorts = port.getHostPort() + (port.getHostPortEnd() == null ? "" : "-" + port.getHostPortEnd());
				info(describe(container) + " publishes host port " + hostPorts + " on every address of "
						+ describe((Element) machines.get(0)) + ", so clients can reach it directly and "
						+ "bypass balancer " + balancers.get(0).getName() + ", which reaches it over their shared network; "
						+ "publish it on loopback only with `listen \"" + LOOPBACK + "\"`, or drop the host port",
						container, BerthPackage.Literals.CONTAINER__PORTS, i, IssueCodes.SECURITY_PORT_ALL_INTERFACES,
						LOOPBACK);
			}
		}
	}

	private static boolean onAllAddresses(String listen) {
		return listen == null || listen.equals("0.0.0.0") || listen.equals("::");
	}

	/** The balancer targets that name each container. */
	private static Map<Container, List<Target>> targets(Site site) {
		Map<Container, List<Target>> targets = new HashMap<>();
		for (Balancer balancer : site.all(Balancer.class)) {
			for (Target target : balancer.getTargets()) {
				if (target.getWorkload() instanceof Container container && !container.eIsProxy()) {
					targets.computeIfAbsent(container, c -> new ArrayList<>()).add(target);
				}
			}
		}
		return targets;
	}
}
