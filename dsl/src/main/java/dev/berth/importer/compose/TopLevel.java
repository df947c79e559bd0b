package dev.berth.importer.compose;

import dev.berth.importer.BerthText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The top-level declarations services refer to: {@code secrets} from a file or the environment become
 * Berth secrets, bridge {@code networks} become Berth networks (with their first IPAM subnet and
 * gateway), and named {@code volumes}, which Berth declares itself, are checked for options it drops.
 */
final class TopLevel {

	private final ComposeSource source;

	TopLevel(ComposeSource source) {
		this.source = source;
	}

	void secrets(Node value) {
		YamlNodes.entries(value).forEach((name, entry) -> {
			String path = "secrets." + name;
			Optional<String> origin = Optional.empty();
			for (Map.Entry<String, NodeTuple> field : YamlNodes.entries(entry.getValueNode()).entrySet()) {
				Node node = field.getValue().getValueNode();
				String key = field.getKey();
				if (key.equals("file") && origin.isEmpty()) {
					origin = source.text(node, path + ".file").map(file -> "file " + BerthText.quote(source.path(file)));
				} else if (key.equals("environment") && origin.isEmpty()) {
					origin = source.text(node, path + ".environment").filter(Names::isVariable)
							.map(variable -> "env " + BerthText.quote(variable));
				} else {
					source.skip(field.getValue().getKeyNode(), path + "." + key, "Berth reads a secret from a file or a variable");
				}
			}
			if (origin.isEmpty()) {
				source.skip(entry.getKeyNode(), path, "a secret with neither a file nor a variable (an external one lives in a swarm)");
			} else {
				String secret = source.name(source.secrets(), name, "secret", entry.getKeyNode());
				source.site().line("secret " + secret + " from " + origin.get());
			}
		});
	}

	void networks(Node value) {
		YamlNodes.entries(value).forEach((name, entry) -> {
			String path = "networks." + name;
			Map<String, NodeTuple> fields = YamlNodes.entries(entry.getValueNode());
			String driver = fields.containsKey("driver") ? YamlNodes.scalar(fields.get("driver").getValueNode()).orElse("") : "bridge";
			if (name.equals("default") || !driver.equals("bridge") || fields.containsKey("external")
					&& YamlNodes.isTrue(fields.get("external").getValueNode())) {
				source.skip(entry.getKeyNode(), path, name.equals("default") ? "Berth declares Compose's default network itself"
						: "Berth declares its own bridge networks, not external ones or other drivers");
				return;
			}
			List<String> properties = new ArrayList<>();
			fields.forEach((key, field) -> {
				if (key.equals("ipam")) {
					ipam(field.getValueNode(), path + ".ipam", properties);
				} else if (!key.equals("driver") && !key.equals("external")) {
					source.skip(field.getKeyNode(), path + "." + key, "Berth's network has a subnet and a gateway only");
				}
			});
			source.site().element("network " + source.name(source.networks(), name, "network", entry.getKeyNode()), properties);
		});
	}

	private void ipam(Node value, String path, List<String> properties) {
		YamlNodes.entries(value).forEach((key, entry) -> {
			if (!key.equals("config")) {
				source.skip(entry.getKeyNode(), path + "." + key, "Berth's network has a subnet and a gateway only");
				return;
			}
			List<Node> pools = YamlNodes.items(entry.getValueNode());
			for (int i = 0; i < pools.size(); i++) {
				pool(pools.get(i), path + ".config", i == 0, properties);
			}
		});
	}

	private void pool(Node pool, String path, boolean first, List<String> properties) {
		YamlNodes.entries(pool).forEach((key, entry) -> {
			if (first && (key.equals("subnet") || key.equals("gateway"))) {
				source.text(entry.getValueNode(), path + "." + key).ifPresent(v -> properties.add(key + " " + BerthText.quote(v)));
			} else {
				source.skip(entry.getKeyNode(), path + "." + key, first ? "Berth's network has a subnet and a gateway only"
						: "Berth's network has one subnet");
			}
		});
	}

	void volumes(Node value) {
		YamlNodes.entries(value).forEach((name, entry) -> YamlNodes.entries(entry.getValueNode()).forEach((key, field) ->
				source.skip(field.getKeyNode(), "volumes." + name + "." + key,
						"Berth declares the named volumes its containers mount, with its own labels")));
	}
}
