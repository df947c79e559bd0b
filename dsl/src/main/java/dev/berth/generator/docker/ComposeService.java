package dev.berth.generator.docker;

import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.EnvVar;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.PortMapping;
import dev.berth.berth.Secret;
import dev.berth.berth.Volume;
import dev.berth.berth.Workload;
import dev.berth.model.Machines;
import dev.berth.model.ModelPaths;
import dev.berth.model.Replicas;
import dev.berth.model.Site;
import dev.berth.model.Sizes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** The Compose service of one replica of a container on one machine. */
final class ComposeService {

	private ComposeService() {
	}

	/** The name of a replica's service: {@code NAME-N}, N counting from 1 over all machines. */
	static String name(Container container, int replica) {
		return container.getName() + "-" + (replica + 1);
	}

	static Map<String, Object> of(Site site, Machine machine, Container container, int replica, int indexOnMachine) {
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("image", ComposeYaml.text(container.getImage()));
		if (container.getCommand() != null) {
			service.put("command", ComposeYaml.text(container.getCommand()));
		}
		if (container.getUser() != null) {
			service.put("user", ComposeYaml.text(container.getUser()));
		}
		if (container.isPrivileged()) {
			service.put("privileged", true);
		}
		service.put("restart", container.getRestart().getLiteral());
		limits(container).ifPresent(limits -> service.put("deploy",
				ComposeYaml.map("resources", ComposeYaml.map("limits", limits))));
		putIfAny(service, "ports", ports(container, indexOnMachine));
		putIfAny(service, "expose", container.getExposes().stream().map(String::valueOf).toList());
		Map<String, Object> environment = new LinkedHashMap<>();
		for (EnvVar env : container.getEnv()) {
			environment.put(env.getKey(), ComposeYaml.text(env.getValue()));
		}
		for (Secret secret : container.getSecrets()) {
			if (!secret.eIsProxy()) {
				environment.putIfAbsent(secret.getName().toUpperCase(Locale.ROOT).replace('-', '_') + "_FILE",
						"/run/secrets/" + secret.getName());
			}
		}
		putIfAny(service, "environment", environment);
		putIfAny(service, "secrets", container.getSecrets().stream().filter(s -> !s.eIsProxy()).map(Secret::getName).toList());
		putIfAny(service, "volumes", volumes(container));
		putIfAny(service, "networks", container.getNetworks().stream().filter(n -> !n.eIsProxy()).map(Network::getName).toList());
		dependencies(site, machine, container, service);
		service.put("labels", ComposeYaml.map("dev.berth.container", container.getName(), "dev.berth.replica",
				String.valueOf(replica + 1)));
		return service;
	}

	private static Optional<Map<String, Object>> limits(Container container) {
		Map<String, Object> limits = new LinkedHashMap<>();
		if (container.getCpu() != null) {
			limits.put("cpus", container.getCpu().stripTrailingZeros().toPlainString());
		}
		if (container.getMemory() != null) {
			limits.put("memory", memory(Sizes.bytes(container.getMemory())));
		}
		return limits.isEmpty() ? Optional.empty() : Optional.of(limits);
	}

	/** A byte count in the units Docker reads (binary k, m, g). */
	static String memory(long bytes) {
		if (bytes % Sizes.GIB == 0) {
			return bytes / Sizes.GIB + "g";
		}
		if (bytes % Sizes.MIB == 0) {
			return bytes / Sizes.MIB + "m";
		}
		return bytes % Sizes.KIB == 0 ? bytes / Sizes.KIB + "k" : bytes + "b";
	}

	private static List<Map<String, Object>> ports(Container container, int indexOnMachine) {
		List<Map<String, Object>> ports = new ArrayList<>();
		for (PortMapping mapping : container.getPorts()) {
			Map<String, Object> port = new LinkedHashMap<>();
			port.put("target", mapping.getContainerPort());
			OptionalInt published = Replicas.hostPort(mapping, indexOnMachine);
			if (published.isPresent()) {
				port.put("published", published.getAsInt());
			}
			port.put("protocol", mapping.isUdp() ? "udp" : "tcp");
			port.put("mode", "host");
			ports.add(port);
		}
		return ports;
	}

	private static List<Map<String, Object>> volumes(Container container) {
		List<Map<String, Object>> volumes = new ArrayList<>();
		for (Volume volume : container.getVolumes()) {
			Map<String, Object> mount = new LinkedHashMap<>();
			boolean named = ModelPaths.isNamedVolume(volume.getSource());
			mount.put("type", named ? "volume" : "bind");
			mount.put("source", ComposeYaml.text(named ? volume.getSource() : hostPath(container, volume.getSource())));
			mount.put("target", ComposeYaml.text(volume.getTarget()));
			if (volume.isReadonly()) {
				mount.put("read_only", true);
			}
			volumes.add(mount);
		}
		return volumes;
	}

	/** A relative bind source names a folder beside the model; an absolute one is used as it is. */
	private static String hostPath(Element owner, String source) {
		return source.startsWith("/") ? source : ModelPaths.resolve(owner, source).toString();
	}

	private static void dependencies(Site site, Machine machine, Container container, Map<String, Object> service) {
		List<String> local = new ArrayList<>();
		List<String> elsewhere = new ArrayList<>();
		for (Workload target : container.getDependsOn()) {
			if (target.eIsProxy()) {
				continue;
			}
			Element element = (Element) target;
			List<String> replicas = target instanceof Container other ? localReplicas(site, machine, other) : List.of();
			if (replicas.isEmpty()) {
				elsewhere.add(element.eClass().getName().toLowerCase() + " " + element.getName()
						+ " is not a container on " + Machines.name(machine) + "; deploy.sh starts it first");
			}
			local.addAll(replicas);
		}
		putIfAny(service, "depends_on", local);
		putIfAny(service, "x-berth-depends-on", elsewhere);
	}

	private static List<String> localReplicas(Site site, Machine machine, Container container) {
		return site.containersOn(machine).stream().filter(i -> i.container() == container)
				.flatMap(i -> IntStream.range(0, i.placement().instances())
						.mapToObj(k -> name(container, i.placement().first() + k)))
				.toList();
	}

	private static void putIfAny(Map<String, Object> map, String key, Object value) {
		boolean empty = value instanceof List<?> list ? list.isEmpty() : value instanceof Map<?, ?> m && m.isEmpty();
		if (!empty) {
			map.put(key, value);
		}
	}
}
