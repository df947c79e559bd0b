package dev.berth.importer.compose;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Pairs written as Compose writes environments, build args and labels: a list of {@code KEY=VALUE}
 * (or {@code KEY} alone) or a mapping.
 *
 * @param node where the pair is written
 * @param value the value as a node, null for a key alone or a null value
 */
record KeyValues(String key, Node value, Node node) {

	/** The pairs of a list or mapping; anything else is reported and gives none. */
	static List<KeyValues> read(ComposeSource source, Node node, String path) {
		List<KeyValues> pairs = new ArrayList<>();
		if (YamlNodes.isMap(node)) {
			YamlNodes.entries(node).forEach((key, entry) -> pairs.add(new KeyValues(key,
					YamlNodes.isNull(entry.getValueNode()) ? null : entry.getValueNode(), entry.getKeyNode())));
		} else if (YamlNodes.isList(node)) {
			for (Node item : YamlNodes.items(node)) {
				String text = YamlNodes.scalar(item).orElse("");
				int equals = text.indexOf('=');
				pairs.add(equals < 0 ? new KeyValues(text, null, item)
						: new KeyValues(text.substring(0, equals), scalar(item, text.substring(equals + 1)), item));
			}
		} else {
			source.skip(node, path, "expected a list of KEY=VALUE or a mapping");
		}
		return pairs;
	}

	/** A scalar node for the value part of a {@code KEY=VALUE} item, at the item's place. */
	private static Node scalar(Node item, String value) {
		return new ScalarNode(Tag.STR, value, item.getStartMark(), item.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
	}
}
