package dev.berth.importer.compose;

import dev.berth.importer.BerthText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * A service's {@code volumes} (short syntax {@code SOURCE:TARGET[:MODE]}, long syntax of type volume,
 * bind or tmpfs) and {@code tmpfs}. A path stays as written, relative to the Compose file's folder.
 */
final class ServiceVolumes {

	private static final String ANONYMOUS = "an anonymous volume; Berth mounts named volumes and paths";

	private final ComposeSource source;

	ServiceVolumes(ComposeSource source) {
		this.source = source;
	}

	void read(String key, Node value, String path, ContainerText container) {
		List<Node> items = YamlNodes.isList(value) ? YamlNodes.items(value) : List.of(value);
		if (key.equals("volumes") && !YamlNodes.isList(value)) {
			source.skip(value, path, "expected a list");
			return;
		}
		for (Node item : items) {
			if (key.equals("tmpfs")) {
				source.text(item, path).ifPresent(target -> container.add("tmpfs " + BerthText.quote(target)));
			} else if (YamlNodes.isMap(item)) {
				longSyntax(item, path, container);
			} else {
				source.text(item, path).ifPresent(text -> shortSyntax(item, path, text, container));
			}
		}
	}

	private void shortSyntax(Node item, String path, String text, ContainerText container) {
		String[] parts = text.split(":");
		if (parts.length < 2 || parts.length > 3) {
			source.skip(item, path + " " + text, parts.length < 2 ? ANONYMOUS : "not SOURCE:TARGET[:MODE]");
			return;
		}
		boolean readonly = false;
		for (String mode : parts.length == 3 ? Arrays.asList(parts[2].split(",")) : List.<String>of()) {
			if (mode.equals("ro")) {
				readonly = true;
			} else if (!mode.equals("rw")) {
				source.skip(item, path + " " + text + " mode " + mode, "Berth mounts read-write or readonly only");
			}
		}
		add(item, path, parts[0], parts[1], readonly, container);
	}

	private void longSyntax(Node item, String path, ContainerText container) {
		Map<String, NodeTuple> entries = YamlNodes.entries(item);
		String type = scalar(entries, "type", path).orElse("volume");
		Optional<String> target = scalar(entries, "target", path);
		Optional<String> mountSource = scalar(entries, "source", path);
		for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
			if (!List.of("type", "source", "target", "read_only").contains(entry.getKey())) {
				source.skip(entry.getValue().getKeyNode(), path + "." + entry.getKey(), "Berth's volume has no such option");
			}
		}
		if (target.isEmpty() || !List.of("volume", "bind", "tmpfs").contains(type)) {
			source.skip(item, path, target.isEmpty() ? "a mount without a target" : "Berth mounts volumes, paths and tmpfs only");
		} else if (type.equals("tmpfs")) {
			container.add("tmpfs " + BerthText.quote(target.get()));
		} else if (mountSource.isEmpty()) {
			source.skip(item, path + " " + target.get(), ANONYMOUS);
		} else {
			String written = mountSource.get();
			boolean bare = type.equals("bind") && !written.startsWith(".") && !written.startsWith("/") && !written.startsWith("~");
			add(item, path, bare ? "./" + written : written, target.get(),
					entries.containsKey("read_only") && YamlNodes.isTrue(entries.get("read_only").getValueNode()), container);
		}
	}

	private Optional<String> scalar(Map<String, NodeTuple> entries, String key, String path) {
		return entries.containsKey(key) ? source.text(entries.get(key).getValueNode(), path + "." + key) : Optional.empty();
	}

	/** Adds a mount, unless its source is in the home folder of whoever deploys, which Berth cannot name. */
	private void add(Node item, String path, String from, String to, boolean readonly, ContainerText container) {
		if (from.startsWith("~")) {
			source.skip(item, path + " " + from, "a path in the home folder of whoever deploys; Berth names paths beside the model or absolute ones");
			return;
		}
		String mounted = from.startsWith(".") || from.startsWith("/") ? source.path(from) : from;
		container.add("volume " + BerthText.quote(mounted) + " -> " + BerthText.quote(to) + (readonly ? " readonly" : ""));
	}
}
