package dev.berth.importer.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads SnakeYAML's node tree: scalars, the entries of a mapping (merge keys applied) and the items of a sequence. */
final class YamlNodes {

	private YamlNodes() {
	}

	/** The text of a scalar node; empty for a mapping, a sequence or a null value. */
	static Optional<String> scalar(Node node) {
		return node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag()) ? Optional.of(scalar.getValue())
				: Optional.empty();
	}

	/** Whether the node is YAML's null ({@code ~}, {@code null} or nothing). */
	static boolean isNull(Node node) {
		return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
	}

	/** Whether the node is a scalar that YAML reads as true. */
	static boolean isTrue(Node node) {
		return scalar(node).map(text -> text.matches("(?i)true|yes|on|y")).orElse(false);
	}

	/** The entries of a mapping by key, in order, with the entries of merge keys ({@code <<}) where not written; none for any other node. */
	static Map<String, NodeTuple> entries(Node node) {
		Map<String, NodeTuple> entries = new LinkedHashMap<>();
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (Tag.MERGE.equals(tuple.getKeyNode().getTag())) {
					merged(tuple.getValueNode()).forEach(entries::putIfAbsent);
				} else {
					entries.put(scalar(tuple.getKeyNode()).orElse(""), tuple);
				}
			}
			for (NodeTuple tuple : mapping.getValue()) {
				if (!Tag.MERGE.equals(tuple.getKeyNode().getTag())) {
					entries.put(scalar(tuple.getKeyNode()).orElse(""), tuple);
				}
			}
		}
		return entries;
	}

	private static Map<String, NodeTuple> merged(Node source) {
		Map<String, NodeTuple> entries = new LinkedHashMap<>();
		List<Node> mappings = source instanceof SequenceNode sequence ? sequence.getValue() : List.of(source);
		mappings.forEach(mapping -> entries(mapping).forEach(entries::putIfAbsent));
		return entries;
	}

	/** The items of a sequence; none for any other node. */
	static List<Node> items(Node node) {
		return node instanceof SequenceNode sequence ? new ArrayList<>(sequence.getValue()) : List.of();
	}

	/** Whether the node is a sequence. */
	static boolean isList(Node node) {
		return node instanceof SequenceNode;
	}

	/** Whether the node is a mapping. */
	static boolean isMap(Node node) {
		return node instanceof MappingNode;
	}
}
