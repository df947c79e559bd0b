package dev.berth.importer.compose;

import dev.berth.importer.BerthText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * A service's {@code ports} (short syntax {@code [IP:][HOST:]CONTAINER[/PROTOCOL]} with equal ranges
 * expanded port by port, long syntax with target, published, protocol and host_ip) and {@code expose}.
 */
final class ServicePorts {

	private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");
	private static final int MOST_PORTS = 1000;

	private final ComposeSource source;

	ServicePorts(ComposeSource source) {
		this.source = source;
	}

	void read(String key, Node value, String path, ContainerText container) {
		if (!YamlNodes.isList(value)) {
			source.skip(value, path, "expected a list");
		}
		for (Node item : YamlNodes.items(value)) {
			if (key.equals("expose")) {
				expose(item, path).forEach(port -> container.add("expose " + port));
			} else if (YamlNodes.isMap(item)) {
				longSyntax(item, path).forEach(container::add);
			} else {
				source.text(item, path).ifPresent(text -> shortSyntax(item, path, text).forEach(container::add));
			}
		}
	}

	private List<String> shortSyntax(Node item, String path, String text) {
		String[] protocolSplit = text.split("/", 2);
		Optional<String> protocol = protocol(item, path, protocolSplit.length > 1 ? protocolSplit[1] : "tcp");
		String mapping = protocolSplit[0];
		String address = "";
		if (mapping.startsWith("[") && mapping.contains("]:")) {
			address = mapping.substring(1, mapping.indexOf("]:"));
			mapping = mapping.substring(mapping.indexOf("]:") + 2);
		} else if (mapping.chars().filter(c -> c == ':').count() == 2) {
			address = mapping.substring(0, mapping.indexOf(':'));
			mapping = mapping.substring(mapping.indexOf(':') + 1);
		}
		int colon = mapping.lastIndexOf(':');
		String published = colon < 0 ? "" : mapping.substring(0, colon);
		return protocol.isEmpty() ? List.of() : ports(item, path, published, mapping.substring(colon + 1), protocol.get(), address);
	}

	private List<String> longSyntax(Node item, String path) {
		String target = "";
		String published = "";
		String protocol = "";
		String address = "";
		for (Map.Entry<String, NodeTuple> entry : YamlNodes.entries(item).entrySet()) {
			Node node = entry.getValue().getValueNode();
			String text = YamlNodes.scalar(node).orElse("");
			switch (entry.getKey()) {
				case "target" -> target = text;
				case "published" -> published = text;
				case "host_ip" -> address = text;
				case "protocol" -> protocol = protocol(node, path + ".protocol", text).orElse(null);
				case "mode" -> {
					if (!text.equals("host")) {
						source.skip(node, path + ".mode", "Berth publishes a port on its machine's own address (mode host)");
					}
				}
				default -> source.skip(entry.getValue().getKeyNode(), path + "." + entry.getKey(), "Berth's port has no such field");
			}
		}
		return protocol == null ? List.of() : ports(item, path, published, target, protocol, address);
	}

	private Optional<String> protocol(Node node, String path, String protocol) {
		if (!protocol.equals("tcp") && !protocol.equals("udp")) {
			source.skip(node, path, "Berth publishes tcp and udp ports only");
			return Optional.empty();
		}
		return Optional.of(protocol.equals("udp") ? " udp" : "");
	}

	/** The port lines of one mapping: one per port of a container range, each with its host port when there is one. */
	private List<String> ports(Node item, String path, String published, String target, String protocol, String address) {
		List<Integer> targets = range(target);
		List<Integer> hosts = published.isEmpty() ? List.of() : range(published);
		if (targets.isEmpty() || !published.isEmpty() && hosts.size() != targets.size()) {
			source.skip(item, path + " " + (published.isEmpty() ? "" : published + ":") + target,
					"Berth maps one host port to one container port (a host range for one container port gives each replica the next one)");
			return List.of();
		}
		String listen = address.isEmpty() || address.equals("0.0.0.0") ? "" : " listen " + BerthText.quote(address);
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			lines.add("port " + (hosts.isEmpty() ? "" : hosts.get(i) + " -> ") + targets.get(i) + protocol + listen);
		}
		return lines;
	}

	private List<Integer> expose(Node item, String path) {
		Optional<String> text = source.text(item, path);
		if (text.isEmpty()) {
			return List.of();
		}
		String[] split = text.get().split("/", 2);
		List<Integer> ports = range(split[0]);
		if (ports.isEmpty() || split.length > 1 && !split[1].equals("tcp")) {
			source.skip(item, path + " " + text.get(), "Berth exposes tcp ports by number");
			return List.of();
		}
		return ports;
	}

	/** The ports of {@code N} or {@code N-M}; none when it is neither, or too long a range. */
	private static List<Integer> range(String text) {
		Matcher matcher = RANGE.matcher(text.trim());
		if (!matcher.matches()) {
			return List.of();
		}
		int first = Integer.parseInt(matcher.group(1));
		int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
		List<Integer> ports = new ArrayList<>();
		for (int port = first; port <= last && last - first < MOST_PORTS; port++) {
			ports.add(port);
		}
		return ports;
	}
}
