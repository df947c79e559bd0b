package dev.berth.importer.compose;

import dev.berth.importer.BerthText;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * A service's {@code build}: a context folder (a string), or a mapping with context, dockerfile,
 * target and args (a list of {@code K=V} or a mapping). The context stays relative to the Compose file's folder.
 */
final class ServiceBuild {

	private final ComposeSource source;

	ServiceBuild(ComposeSource source) {
		this.source = source;
	}

	void read(Node value, String path, ContainerText container) {
		if (!YamlNodes.isMap(value)) {
			source.text(value, path).ifPresent(context -> context(value, path, context, container));
			return;
		}
		Map<String, NodeTuple> entries = YamlNodes.entries(value);
		if (!entries.containsKey("context")) {
			container.add("build \".\"");
		}
		entries.forEach((key, entry) -> {
			Node node = entry.getValueNode();
			String keyPath = path + "." + key;
			switch (key) {
				case "context" -> source.text(node, keyPath).ifPresent(context -> context(node, keyPath, context, container));
				case "dockerfile" -> source.text(node, keyPath).ifPresent(f -> container.add("dockerfile " + BerthText.quote(f)));
				case "target" -> source.text(node, keyPath).ifPresent(t -> container.add("build-target " + BerthText.quote(t)));
				case "args" -> args(node, keyPath, container);
				default -> source.skip(entry.getKeyNode(), keyPath, "Berth builds from a context, a Dockerfile, a target and args only");
			}
		});
	}

	private void context(Node node, String path, String context, ContainerText container) {
		if (context.contains("://") || context.startsWith("git@")) {
			source.skip(node, path, "a remote build context; Berth builds from a folder beside the model");
		} else {
			container.add("build " + BerthText.quote(source.path(context)));
		}
	}

	private void args(Node node, String path, ContainerText container) {
		KeyValues.read(source, node, path).forEach(pair -> {
			if (pair.value() == null) {
				source.skip(pair.node(), path + "." + pair.key(), "a build arg without a value is read from the environment");
			} else if (!Names.isName(pair.key())) {
				source.skip(pair.node(), path + "." + pair.key(), "not a Berth name");
			} else {
				source.text(pair.value(), path + "." + pair.key())
						.ifPresent(v -> container.add("build-arg " + pair.key() + " = " + BerthText.quote(v)));
			}
		});
	}
}
