package dev.berth.generator.docker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** Turns a Compose document into YAML with SnakeYAML, and escapes text for Compose's interpolation. */
final class ComposeYaml {

	private ComposeYaml() {
	}

	/** The document as block-style YAML; SnakeYAML quotes every scalar that would read back as something else. */
	static String dump(Map<String, Object> document) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		options.setSplitLines(false);
		options.setWidth(Integer.MAX_VALUE);
		options.setLineBreak(DumperOptions.LineBreak.UNIX);
		return new Yaml(new QuotingRepresenter(options), options).dump(document);
	}

	/**
	 * Quotes the strings that YAML 1.2 readers (Compose v2) would read as numbers, booleans or
	 * null, and {@code =}, which PyYAML (docker-compose 1.x) reads as a value key, beyond those
	 * SnakeYAML's YAML 1.1 rules already quote.
	 */
	private static final class QuotingRepresenter extends Representer {

		private static final Pattern NOT_A_STRING_IN_YAML_12 = Pattern.compile(
				"(?i)[-+]?(0o[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*(\\.[0-9_]*)?(e[-+]?[0-9]+)?|\\.[0-9_]+(e[-+]?[0-9]+)?"
						+ "|\\.inf|\\.nan)|true|false|yes|no|on|off|null|~|=|");

		QuotingRepresenter(DumperOptions options) {
			super(options);
			this.representers.put(String.class, data -> representScalar(Tag.STR, (String) data,
					NOT_A_STRING_IN_YAML_12.matcher((String) data).matches() ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
							: DumperOptions.ScalarStyle.PLAIN));
		}
	}

	/** An ordered map of keys and values, so that the same model always gives the same bytes. */
	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** A value written so that Compose's {@code ${VAR}} interpolation gives back the original text. */
	static String text(String value) {
		return value.replace("$", "$$");
	}
}
