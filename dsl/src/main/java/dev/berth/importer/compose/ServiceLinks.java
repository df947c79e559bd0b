package dev.berth.importer.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** What a service names elsewhere in the file: its {@code secrets}, {@code networks} and {@code depends_on} (list or mapping). */
final class ServiceLinks {

	private static final Map<String, String> CONDITIONS = Map.of("service_started", "", "service_healthy", " healthy",
			"service_completed_successfully", " completed");

	private final ComposeSource source;

	ServiceLinks(ComposeSource source) {
		this.source = source;
	}

	void read(String key, Node value, String path, ContainerText container) {
		List<String> dependencies = new ArrayList<>();
		List<String> networks = new ArrayList<>();
		for (Map.Entry<String, NodeTuple> link : links(value, path).entrySet()) {
			NodeTuple tuple = link.getValue();
			switch (key) {
				case "secrets" -> secret(link.getKey(), tuple, path).ifPresent(s -> container.add("secret " + s));
				case "networks" -> network(link.getKey(), tuple, path).ifPresent(networks::add);
				default -> dependency(link.getKey(), tuple, path).ifPresent(dependencies::add);
			}
		}
		if (!dependencies.isEmpty()) {
			container.add("depends on " + String.join(", ", dependencies));
		}
		if (networks.size() > 1 && networks.remove("default")) {
			source.skip(value, path + " default", "Berth joins Compose's default network only when a container names no other");
		}
		networks.stream().filter(network -> !network.equals("default")).forEach(network -> container.add("network " + network));
	}

	/**
	 * The names linked to, each with where it is written and the node that says how: a mapping's entry,
	 * or a list's item as both.
	 */
	private Map<String, NodeTuple> links(Node value, String path) {
		Map<String, NodeTuple> links = new LinkedHashMap<>();
		if (YamlNodes.isMap(value)) {
			links.putAll(YamlNodes.entries(value));
		} else if (YamlNodes.isList(value)) {
			for (Node item : YamlNodes.items(value)) {
				Optional<String> name = YamlNodes.isMap(item) ? field(item, "source") : YamlNodes.scalar(item);
				name.ifPresentOrElse(n -> links.put(n, new NodeTuple(item, item)), () -> source.skip(item, path, "expected a name"));
			}
		} else {
			source.skip(value, path, "expected a list or a mapping");
		}
		return links;
	}

	private Optional<String> secret(String name, NodeTuple link, String path) {
		Node node = link.getValueNode();
		Optional<String> secret = carried(source.secrets(), name, link, path, "no secret of that name is carried");
		if (secret.isEmpty()) {
			return secret;
		}
		for (Map.Entry<String, NodeTuple> entry : YamlNodes.entries(node).entrySet()) {
			boolean sameTarget = entry.getKey().equals("target") && field(node, "target").orElse("").equals(name);
			if (!entry.getKey().equals("source") && !sameTarget) {
				source.skip(entry.getValue().getKeyNode(), path + "." + name + "." + entry.getKey(),
						"Berth mounts a secret at /run/secrets/NAME, readable by the container's user only");
			}
		}
		return secret;
	}

	private Optional<String> network(String name, NodeTuple link, String path) {
		Node node = link.getValueNode();
		if (name.equals("default")) {
			return Optional.of(name);
		}
		Optional<String> network = carried(source.networks(), name, link, path, "no network of that name is carried");
		YamlNodes.entries(node).forEach((key, entry) -> source.skip(entry.getKeyNode(), path + "." + name + "." + key,
				"a container is reached on its networks by its own name, with addresses Compose gives"));
		return network;
	}

	private Optional<String> dependency(String name, NodeTuple link, String path) {
		Node node = link.getValueNode();
		Optional<String> target = carried(source.services(), name, link, path, "no service of that name in this file");
		if (target.isEmpty()) {
			return target;
		}
		String condition = "";
		for (Map.Entry<String, NodeTuple> entry : YamlNodes.entries(node).entrySet()) {
			String value = YamlNodes.scalar(entry.getValue().getValueNode()).orElse("");
			if (entry.getKey().equals("condition") && CONDITIONS.containsKey(value)) {
				condition = CONDITIONS.get(value);
			} else if (!(entry.getKey().equals("required") && YamlNodes.isTrue(entry.getValue().getValueNode()))) {
				source.skip(entry.getValue().getKeyNode(), path + "." + name + "." + entry.getKey(),
						"Berth waits for a service started, healthy or completed, and restarts nothing with it");
			}
		}
		return Optional.of(target.get() + condition);
	}

	/** The Berth name of what a link names, or nothing, reported at the link, when it was not carried. */
	private Optional<String> carried(Map<String, String> names, String name, NodeTuple link, String path, String reason) {
		Optional<String> carried = ComposeSource.named(names, name);
		if (carried.isEmpty()) {
			source.skip(link.getKeyNode(), path + " " + name, reason);
		}
		return carried;
	}

	private static Optional<String> field(Node node, String key) {
		NodeTuple entry = YamlNodes.entries(node).get(key);
		return entry == null ? Optional.empty() : YamlNodes.scalar(entry.getValueNode());
	}
}
