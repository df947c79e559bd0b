package dev.berth.generator.docker;

import dev.berth.berth.Balancer;
import dev.berth.berth.Container;
import dev.berth.berth.EnvVar;
import dev.berth.berth.Healthcheck;
import dev.berth.berth.Machine;
import dev.berth.generator.DeployLayout;
import dev.berth.model.Durations;
import dev.berth.model.ServiceNames;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A machine's containers as parameters of Ansible's {@code containers.podman.podman_container}, read
 * from the same Compose services that {@link ComposeGenerator} writes, in their start order, paths
 * under the machine's copy folder.
 */
public final class PodmanContainers {

	private static final int WAIT_DELAY_SECONDS = 2;
	private static final long MICROS = 1_000_000;

	private PodmanContainers() {
	}

	/** One mapping per instance and balancer, dependencies first, each with {@code kind} and {@code name}. */
	public static List<Map<String, Object>> of(Site site, Machine machine, String root) {
		Map<String, Map<String, Object>> services = new LinkedHashMap<>();
		Map<String, Healthcheck> checks = new LinkedHashMap<>();
		Map<String, Map<String, String>> fromEnvironment = new LinkedHashMap<>();
		for (Site.Instances instances : site.containersOn(machine)) {
			Container container = instances.container();
			for (int i = 0; i < instances.placement().instances(); i++) {
				String name = ServiceNames.of(container, instances.placement().first() + i);
				services.put(name, ComposeService.of(site, machine, container, instances.placement().first() + i, i));
				checks.put(name, container.getHealthcheck());
				fromEnvironment.put(name, fromEnvironment(container));
			}
		}
		for (Balancer balancer : site.balancersOn(machine)) {
			services.put(balancer.getName(), BalancerServers.service(site, machine, balancer));
		}
		Map<String, Object> secrets = secretFiles(site, machine);
		List<Map<String, Object>> containers = new ArrayList<>();
		for (String name : ContainerOrder.startOrder(services)) {
			Map<String, Object> params = PodmanParams.of(name, services.get(name), DeployLayout.project(machine), root, secrets,
					PodmanImages.tag(machine, name, services.get(name)));
			Map<String, String> variables = fromEnvironment.getOrDefault(name, Map.of());
			((Map<?, ?>) params.get("env")).keySet().removeAll(variables.keySet());
			params.put("env_from", variables);
			if (ContainerOrder.awaitedHealthy(services, name) && checks.get(name) != null) {
				params.put("wait_healthy", waitFor(checks.get(name)));
			}
			containers.add(params);
		}
		return containers;
	}

	/** The variables of the deploying environment that a container's env reads, by env key. */
	private static Map<String, String> fromEnvironment(Container container) {
		Map<String, String> variables = new LinkedHashMap<>();
		for (EnvVar env : container.getEnv()) {
			if (env.getVariable() != null) {
				variables.put(env.getKey(), env.getVariable());
			}
		}
		return variables;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> secretFiles(Site site, Machine machine) {
		Object secrets = ComposeGenerator.document(site, machine).get("secrets");
		return secrets == null ? Map.of() : (Map<String, Object>) secrets;
	}

	/**
	 * How long the deployment runs a container's health check before giving up: its start period
	 * and each of its retries at its interval, every {@value #WAIT_DELAY_SECONDS} seconds.
	 */
	private static Map<String, Object> waitFor(Healthcheck check) {
		long interval = check.getInterval() == null ? 30 * MICROS : Durations.micros(check.getInterval());
		long timeout = check.getTimeout() == null ? 30 * MICROS : Durations.micros(check.getTimeout());
		int retries = check.getRetries() == null ? 3 : check.getRetries();
		long total = Durations.micros(check.getStartPeriod()) + (retries + 1) * (interval + timeout);
		long attempts = total / (WAIT_DELAY_SECONDS * MICROS) + 1;
		Map<String, Object> wait = new LinkedHashMap<>();
		wait.put("retries", (int) Math.min(attempts, 1000));
		wait.put("delay", WAIT_DELAY_SECONDS);
		return wait;
	}
}
