package dev.berth.generator.docker;

import dev.berth.berth.Command;
import dev.berth.berth.Container;
import dev.berth.berth.Healthcheck;
import dev.berth.berth.Label;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Secret;
import dev.berth.generator.DeployLayout;
import dev.berth.generator.YamlWriter;
import dev.berth.model.DeploymentNames;
import dev.berth.model.Durations;
import dev.berth.model.Machines;
import dev.berth.model.SandboxRuntimes;
import dev.berth.model.ServiceNames;
import dev.berth.model.Site;
import dev.berth.model.Sizes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Compose service of one instance of a container on one machine. */
final class ComposeService {

	private ComposeService() {
	}

	static Map<String, Object> of(Site site, Machine machine, Container container, int instance, int indexOnMachine) {
		String name = ServiceNames.of(container, instance);
		Map<String, Object> service = new LinkedHashMap<>();
		if (container.getImage() != null) {
			service.put("image", ComposeYaml.text(container.getImage()));
		}
		putIfAny(service, "build", build(container));
		if (container.getEntrypoint() != null) {
			service.put("entrypoint", command(container.getEntrypoint()));
		}
		if (container.getCommand() != null) {
			service.put("command", command(container.getCommand()));
		}
		if (container.getWorkdir() != null) {
			service.put("working_dir", ComposeYaml.text(container.getWorkdir()));
		}
		service.put("hostname", ComposeYaml.text(container.getHostname() != null ? container.getHostname() : name));
		if (container.getUser() != null) {
			service.put("user", ComposeYaml.text(container.getUser()));
		}
		ContainerSecurity.apply(container, service);
		SandboxRuntimes.compose(container.getSandbox()).ifPresent(runtime -> service.put("runtime", runtime));
		service.put("restart", container.getRestart().getLiteral());
		limits(container).ifPresent(limits -> service.put("deploy",
				YamlWriter.map("resources", YamlWriter.map("limits", limits))));
		putIfAny(service, "ports", ContainerPorts.of(container, indexOnMachine));
		putIfAny(service, "expose", container.getExposes().stream().map(String::valueOf).toList());
		putIfAny(service, "env_file", DeployLayout.envFiles(container).stream().map(ComposeYaml::text).toList());
		putIfAny(service, "environment", ContainerEnvironment.of(container));
		putIfAny(service, "secrets", container.getSecrets().stream().filter(s -> !s.eIsProxy()).map(Secret::getName).toList());
		putIfAny(service, "volumes", ContainerVolumes.of(container));
		putIfAny(service, "tmpfs", container.getTmpfs().stream().map(ComposeYaml::text).toList());
		putIfAny(service, "networks", networks(container));
		putIfAny(service, "healthcheck", healthcheck(container.getHealthcheck()));
		ContainerOrder.apply(site, machine, container, service);
		service.put("labels", labels(machine, container, instance));
		return service;
	}

	private static Map<String, Object> build(Container container) {
		Map<String, Object> build = new LinkedHashMap<>();
		if (container.getBuild() == null) {
			return build;
		}
		build.put("context", ComposeYaml.text(DeployLayout.buildContext(container)));
		if (container.getDockerfile() != null) {
			build.put("dockerfile", ComposeYaml.text(container.getDockerfile()));
		}
		if (container.getBuildTarget() != null) {
			build.put("target", ComposeYaml.text(container.getBuildTarget()));
		}
		Map<String, Object> args = new LinkedHashMap<>();
		container.getBuildArgs().forEach(arg -> args.put(arg.getKey(), ComposeYaml.text(arg.getValue())));
		putIfAny(build, "args", args);
		return build;
	}

	/** A command as Compose takes it: a string (which Compose splits into words) or a list, empty to clear the image's. */
	private static Object command(Command command) {
		return command.isList() ? command.getItems().stream().map(ComposeYaml::text).toList()
				: ComposeYaml.text(command.getText());
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

	/**
	 * The networks an instance joins: a list of names, or, for numbered instances, a mapping that
	 * gives each network (the default one when it names none) the alias of the container's name.
	 */
	private static Object networks(Container container) {
		List<String> names = container.getNetworks().stream().filter(n -> !n.eIsProxy()).map(Network::getName).toList();
		if (!ServiceNames.isAliased(container)) {
			return names;
		}
		Map<String, Object> aliased = new LinkedHashMap<>();
		for (String network : names.isEmpty() ? List.of("default") : names) {
			aliased.put(network, YamlWriter.map("aliases", List.of(container.getName())));
		}
		return aliased;
	}

	/** The health check, run by the container's shell as Compose's {@code CMD-SHELL}. */
	private static Map<String, Object> healthcheck(Healthcheck check) {
		if (check == null) {
			return Map.of();
		}
		Map<String, Object> health = YamlWriter.map("test", List.of("CMD-SHELL", ComposeYaml.text(check.getCommand())));
		health.put("interval", check.getInterval() == null ? "30s" : Durations.compose(Durations.micros(check.getInterval())));
		health.put("timeout", check.getTimeout() == null ? "30s" : Durations.compose(Durations.micros(check.getTimeout())));
		health.put("retries", check.getRetries() == null ? 3 : check.getRetries());
		health.put("start_period", Durations.compose(Durations.micros(check.getStartPeriod())));
		return health;
	}

	private static Map<String, Object> labels(Machine machine, Container container, int instance) {
		Map<String, Object> labels = new LinkedHashMap<>();
		for (Label label : container.getLabels()) {
			String key = label.getKey() != null ? label.getKey() : label.getQuotedKey();
			labels.put(ComposeYaml.text(key), ComposeYaml.text(label.getValue()));
		}
		DeploymentNames.of(container).ifPresent(name -> labels.put("dev.berth.deployment", name));
		labels.put("dev.berth.machine", Machines.name(machine));
		labels.put("dev.berth.container", container.getName());
		labels.put("dev.berth.replica", String.valueOf(instance + 1));
		return labels;
	}

	/** Puts a value unless it is an empty list or map. */
	static void putIfAny(Map<String, Object> map, String key, Object value) {
		boolean empty = value instanceof List<?> list ? list.isEmpty() : value instanceof Map<?, ?> m && m.isEmpty();
		if (!empty) {
			map.put(key, value);
		}
	}
}
