package dev.berth.tests.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads generated Ansible YAML as Ansible does: a {@code !unsafe} scalar is a string that Ansible never templates. */
public final class AnsibleData {

	private static final Tag UNSAFE = new Tag("!unsafe");

	private AnsibleData() {
	}

	/** The document, {@code !unsafe} values as strings. */
	@SuppressWarnings("unchecked")
	public static <T> T load(String yaml) {
		return (T) new Yaml(new UnsafeConstructor()).load(yaml);
	}

	/** The string values (not keys) of a document that lack the {@code !unsafe} tag, which Ansible would template. */
	public static List<String> templatedValues(String yaml) {
		List<String> values = new ArrayList<>();
		collect(new Yaml(new UnsafeConstructor()).compose(new StringReader(yaml)), values);
		return values;
	}

	private static void collect(Node node, List<String> values) {
		if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)) {
			values.add(scalar.getValue());
		} else if (node instanceof SequenceNode sequence) {
			sequence.getValue().forEach(child -> collect(child, values));
		} else if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				collect(tuple.getValueNode(), values);
			}
		}
	}

	private static final class UnsafeConstructor extends SafeConstructor {

		UnsafeConstructor() {
			super(new LoaderOptions());
			this.yamlConstructors.put(UNSAFE, new AbstractConstruct() {
				@Override
				public Object construct(Node node) {
					return ((ScalarNode) node).getValue();
				}
			});
		}
	}
}
