package dev.berth.generator.docker;

import dev.berth.berth.Balancer;
import dev.berth.berth.Container;
import dev.berth.berth.Dependency;
import dev.berth.berth.DependencyCondition;
import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.generator.YamlWriter;
import dev.berth.model.Dependencies;
import dev.berth.model.Machines;
import dev.berth.model.ServiceNames;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The start order of a container's service: Compose's {@code depends_on} with a condition for
 * what runs on the same machine, and {@code x-berth-depends-on} for what the deployment must
 * bring up first elsewhere (another machine, or a VM).
 */
final class ContainerOrder {

	private ContainerOrder() {
	}

	static void apply(Site site, Machine machine, Container container, Map<String, Object> service) {
		Map<String, Object> local = new LinkedHashMap<>();
		List<Map<String, Object>> elsewhere = new ArrayList<>();
		for (Dependency dependency : container.getDependsOn()) {
			if (dependency.getTarget() == null || dependency.getTarget().eIsProxy()) {
				continue;
			}
			Element target = (Element) dependency.getTarget();
			for (String name : localServices(site, machine, target)) {
				local.put(name, YamlWriter.map("condition", condition(dependency.getCondition())));
			}
			List<Machine> others = Dependencies.machines(target).stream()
					.filter(other -> !(target instanceof Container || target instanceof Balancer) || other != machine).toList();
			if (!others.isEmpty()) {
				elsewhere.add(remote(target, others, dependency.getCondition()));
			}
		}
		ComposeService.putIfAny(service, "depends_on", local);
		ComposeService.putIfAny(service, "x-berth-depends-on", elsewhere);
	}

	private static String condition(DependencyCondition condition) {
		return switch (condition) {
			case STARTED -> "service_started";
			case HEALTHY -> "service_healthy";
			case COMPLETED -> "service_completed_successfully";
		};
	}

	/**
	 * What the deployment waits for before this machine's containers start: the workload, its kind,
	 * the machines where it runs outside this Compose file (a VM's host may be this machine), and the condition.
	 */
	private static Map<String, Object> remote(Element target, List<Machine> machines, DependencyCondition condition) {
		Map<String, Object> entry = YamlWriter.map("workload", target.getName(), "kind",
				target.eClass().getName().toLowerCase());
		entry.put("machines", machines.stream().map(Machines::name).toList());
		entry.put("condition", condition.getLiteral());
		return entry;
	}

	/** The services of a workload in one machine's Compose file: its instances there, or a balancer placed there. */
	private static List<String> localServices(Site site, Machine machine, Element workload) {
		if (workload instanceof Balancer balancer) {
			return balancer.getMachine() == machine ? List.of(balancer.getName()) : List.of();
		}
		return workload instanceof Container container ? ServiceNames.on(site, machine, container) : List.of();
	}

	/**
	 * The services of one Compose document in an order that starts each after the services it
	 * depends on, otherwise as written; services caught in a cycle (which validation reports) last.
	 */
	static List<String> startOrder(Map<String, Map<String, Object>> services) {
		List<String> order = new ArrayList<>();
		List<String> left = new ArrayList<>(services.keySet());
		while (!left.isEmpty()) {
			String next = left.stream().filter(name -> order.containsAll(localDependencies(services.get(name)))).findFirst()
					.orElse(left.get(0));
			order.add(next);
			left.remove(next);
		}
		return order;
	}

	/** Whether another service waits for this one to be healthy. */
	static boolean awaitedHealthy(Map<String, Map<String, Object>> services, String name) {
		return services.values().stream().map(service -> service.get("depends_on"))
				.filter(Map.class::isInstance).map(Map.class::cast)
				.anyMatch(dependsOn -> dependsOn.get(name) instanceof Map<?, ?> condition
						&& "service_healthy".equals(condition.get("condition")));
	}

	private static Set<String> localDependencies(Map<String, Object> service) {
		Object dependsOn = service.get("depends_on");
		if (dependsOn instanceof Map<?, ?> map) {
			return map.keySet().stream().map(String.class::cast).collect(Collectors.toSet());
		}
		return dependsOn instanceof List<?> list ? list.stream().map(String.class::cast).collect(Collectors.toSet())
				: Set.of();
	}
}
