package dev.berth.generator.docker;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

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
		return new Yaml(options).dump(document);
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
