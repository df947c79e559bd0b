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
				longSyntax(item, path, container).forEach(container::add);
			} else {
				source.text(item, path).ifPresent(text -> shortSyntax(item, path, text, container).forEach(container::add));
			}
		}
	}

	private List<String> shortSyntax(Node item, String path, String text, ContainerText container) {
		String[] protocolSplit = text.split("/", 2);
		Optional<String> protocol = protocol(item, path + " " + text, protocolSplit.length > 1 ? protocolSplit[1] : "tcp");
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
		Mapping ports = new Mapping(published, mapping.substring(colon + 1), protocol.orElse(""), address);
		return protocol.isEmpty() ? List.of() : ports(item, path, ports, container);
	}

	private List<String> longSyntax(Node item, String path, ContainerText container) {
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
		return protocol == null ? List.of() : ports(item, path, new Mapping(published, target, protocol, address), container);
	}

	private Optional<String> protocol(Node node, String path, String protocol) {
		if (!protocol.equals("tcp") && !protocol.equals("udp")) {
			source.skip(node, path, "Berth publishes tcp and udp ports only");
			return Optional.empty();
		}
		return Optional.of(protocol.equals("udp") ? " udp" : "");
	}

	/** A port as Compose writes it: host port or range (or none), container port or range, protocol, host address. */
	private record Mapping(String published, String target, String protocol, String address) {
	}

	/**
	 * The port lines of one mapping: one per port of equal ranges, or a host range for one container port
	 * when the service has as many replicas (Berth gives each replica the next port, as Compose does).
	 */
	private List<String> ports(Node item, String path, Mapping mapping, ContainerText container) {
		List<Integer> targets = range(mapping.target());
		List<Integer> hosts = mapping.published().isEmpty() ? List.of() : range(mapping.published());
		String listen = mapping.address().isEmpty() || mapping.address().equals("0.0.0.0") ? ""
				: " listen " + BerthText.quote(mapping.address());
		if (targets.size() == 1 && hosts.size() > 1 && hosts.size() == container.replicas()) {
			return List.of("port " + hosts.get(0) + "-" + hosts.get(hosts.size() - 1) + " -> " + targets.get(0) + mapping.protocol() + listen);
		}
		if (targets.isEmpty() || !mapping.published().isEmpty() && hosts.size() != targets.size()) {
			source.skip(item, path + " " + (mapping.published().isEmpty() ? "" : mapping.published() + ":") + mapping.target(),
					"Berth maps a host range to one container port only with as many replicas, one port each");
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			lines.add("port " + (hosts.isEmpty() ? "" : hosts.get(i) + " -> ") + targets.get(i) + mapping.protocol() + listen);
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
