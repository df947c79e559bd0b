package dev.berth.importer.compose;

import dev.berth.importer.BerthText;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A service's {@code environment} (list or mapping; a whole-value {@code ${VAR}} becomes {@code env K from env "VAR"}),
 * {@code env_file} (one or a list, relative to the Compose file's folder) and {@code labels}.
 */
final class ServiceEnvironment {

	private final ComposeSource source;

	ServiceEnvironment(ComposeSource source) {
		this.source = source;
	}

	void read(String key, Node value, String path, ContainerText container) {
		switch (key) {
			case "environment" -> KeyValues.read(source, value, path).forEach(pair -> environment(pair, path, container));
			case "env_file" -> envFiles(value, path, container);
			default -> KeyValues.read(source, value, path).forEach(pair -> label(pair, path, container));
		}
	}

	private void environment(KeyValues pair, String path, ContainerText container) {
		String keyPath = path + "." + pair.key();
		if (!Names.isVariable(pair.key()) || !Names.isName(pair.key())) {
			source.skip(pair.node(), keyPath, "not a variable name Berth accepts ([A-Za-z_][A-Za-z0-9_]*)");
			return;
		}
		if (pair.value() == null) {
			container.add("env " + pair.key() + " from env " + BerthText.quote(pair.key()));
			source.change(pair.node(), keyPath, "Compose leaves it unset when " + pair.key() + " is not in the "
					+ "environment; Berth's from env makes the deployment fail then");
			return;
		}
		Interpolation value = YamlNodes.scalar(pair.value()).map(Interpolation::of).orElse(null);
		if (value == null) {
			source.skip(pair.value(), keyPath, "expected a single value");
		} else if (value.isLiteral()) {
			container.add("env " + pair.key() + " = " + BerthText.quote(value.literal()));
		} else if (value.isVariable() && Names.isVariable(value.variable())) {
			container.add("env " + pair.key() + " from env " + BerthText.quote(value.variable()));
			if (value.fallback() != null) {
				source.skip(pair.value(), keyPath + " default",
						"Berth's from env has no default: the deployment fails when " + value.variable() + " is unset");
			}
		} else {
			source.skip(pair.value(), keyPath, "text mixed with ${...}: Berth reads a whole value from the environment or none");
		}
	}

	private void envFiles(Node value, String path, ContainerText container) {
		for (Node item : YamlNodes.isList(value) ? YamlNodes.items(value) : List.of(value)) {
			if (YamlNodes.isMap(item)) {
				YamlNodes.entries(item).forEach((key, entry) -> {
					if (key.equals("path")) {
						envFile(entry.getValueNode(), path, container);
					} else {
						source.skip(entry.getKeyNode(), path + "." + key, "Berth requires every env file");
					}
				});
			} else {
				envFile(item, path, container);
			}
		}
	}

	private void envFile(Node node, String path, ContainerText container) {
		source.text(node, path).ifPresent(file -> container.add("env-file " + BerthText.quote(source.path(file))));
	}

	private void label(KeyValues pair, String path, ContainerText container) {
		if (pair.key().startsWith("dev.berth.")) {
			source.skip(pair.node(), path + "." + pair.key(), "Berth sets its own dev.berth labels");
		} else if (pair.value() == null) {
			container.add("label " + BerthText.quote(pair.key()) + " = \"\"");
		} else {
			source.text(pair.value(), path + "." + pair.key())
					.ifPresent(v -> container.add("label " + BerthText.quote(pair.key()) + " = " + BerthText.quote(v)));
		}
	}
}
