package dev.berth.importer.compose;

import dev.berth.importer.BerthText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Turns one Compose service into a Berth container: each key it can express into a property, each other one reported. */
final class ServiceReader {

	private static final Map<String, String> REASONS = Map.of(
			"container_name", "Berth names the container after the service (NAME, or NAME-1..n with replicas)",
			"links", "containers reach each other by service name on their networks",
			"network_mode", "Berth places containers on networks it declares",
			"profiles", "every imported service is part of the model",
			"platform", "Berth takes the platform from the machine's arch",
			"configs", "Berth has no Compose configs; a volume or a secret can carry the file");

	private final ComposeSource source;

	ServiceReader(ComposeSource source) {
		this.source = source;
	}

	/** The properties of the container of a service, {@code restart no} included when the service names no policy, as Compose's default. */
	List<String> read(String service, Node node) {
		Map<String, NodeTuple> entries = YamlNodes.entries(node);
		ContainerText container = new ContainerText(replicas(entries));
		entries.forEach((key, entry) -> property(container, "services." + service + "." + key, key, entry));
		if (!entries.containsKey("restart")) {
			container.add("restart no");
		}
		return container.properties();
	}

	private static int replicas(Map<String, NodeTuple> entries) {
		NodeTuple deploy = entries.get("deploy");
		NodeTuple replicas = deploy == null ? null : YamlNodes.entries(deploy.getValueNode()).get("replicas");
		return replicas == null ? 1 : YamlNodes.scalar(replicas.getValueNode()).filter(text -> text.matches("\\d{1,6}"))
				.map(Integer::parseInt).orElse(1);
	}

	private void property(ContainerText container, String path, String key, NodeTuple entry) {
		Node value = entry.getValueNode();
		switch (key) {
			case "image" -> text(value, path).ifPresent(image -> container.add("image " + BerthText.quote(image)));
			case "build" -> new ServiceBuild(source).read(value, path, container);
			case "command", "entrypoint" -> command(value, path).ifPresent(c -> container.add(key + " " + c));
			case "user", "hostname" -> text(value, path).ifPresent(v -> container.add(key + " " + BerthText.quote(v)));
			case "working_dir" -> text(value, path).ifPresent(v -> container.add("workdir " + BerthText.quote(v)));
			case "restart" -> container.add(restart(value, path));
			case "cap_add", "cap_drop" -> capabilities(value, path, key.substring(4)).ifPresent(container::add);
			case "read_only", "privileged" -> flag(value, path, key.equals("read_only") ? "read-only" : key)
					.ifPresent(container::add);
			case "environment", "env_file", "labels" -> new ServiceEnvironment(source).read(key, value, path, container);
			case "ports", "expose" -> new ServicePorts(source).read(key, value, path, container);
			case "volumes", "tmpfs" -> new ServiceVolumes(source).read(key, value, path, container);
			case "secrets", "networks", "depends_on" -> new ServiceLinks(source).read(key, value, path, container);
			case "healthcheck" -> new ServiceHealth(source).read(value, path, container);
			case "deploy", "mem_limit", "cpus", "runtime" -> new ServiceDeploy(source).read(key, value, path, container);
			default -> source.skip(entry.getKeyNode(), path, key.startsWith("x-") ? "an extension field, which Compose ignores"
					: REASONS.getOrDefault(key, "Berth has no property for it"));
		}
	}

	private Optional<String> text(Node value, String path) {
		return source.text(value, path);
	}

	/** A command or entrypoint: one string, or a list of arguments. */
	private Optional<String> command(Node value, String path) {
		if (!YamlNodes.isList(value)) {
			return text(value, path).map(BerthText::quote);
		}
		List<String> items = new ArrayList<>();
		for (Node item : YamlNodes.items(value)) {
			Optional<String> text = text(item, path);
			if (text.isEmpty()) {
				return Optional.empty();
			}
			items.add(BerthText.quote(text.get()));
		}
		return Optional.of(items.stream().collect(Collectors.joining(", ", "[", "]")));
	}

	/** The restart policy; one Berth does not know is reported and becomes Compose's default, {@code no}. */
	private String restart(Node value, String path) {
		String policy = YamlNodes.scalar(value).map(text -> text.equals("false") ? "no" : text).orElse("");
		if (policy.startsWith("on-failure:")) {
			source.skip(value, path + " retries", "Berth's on-failure retries without a limit");
			return "restart on-failure";
		}
		if (!List.of("no", "always", "on-failure", "unless-stopped").contains(policy)) {
			source.skip(value, path, "not a restart policy Berth knows (no, always, on-failure, unless-stopped)");
			return "restart no";
		}
		return "restart " + policy;
	}

	private Optional<String> capabilities(Node value, String path, String change) {
		List<String> names = new ArrayList<>();
		for (Node item : YamlNodes.items(value)) {
			text(item, path).ifPresent(name -> {
				if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
					names.add(name);
				} else {
					source.skip(item, path + " " + name, "not a capability name");
				}
			});
		}
		if (!YamlNodes.isList(value)) {
			source.skip(value, path, "expected a list of capabilities");
		}
		return names.isEmpty() ? Optional.empty() : Optional.of("cap " + change + " " + String.join(", ", names));
	}

	private Optional<String> flag(Node value, String path, String word) {
		if (YamlNodes.scalar(value).isEmpty()) {
			source.skip(value, path, "expected true or false");
		}
		return YamlNodes.isTrue(value) ? Optional.of(word) : Optional.empty();
	}
}
