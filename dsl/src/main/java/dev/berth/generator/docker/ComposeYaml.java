package dev.berth.generator.docker;

import dev.berth.generator.YamlWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a Compose document into YAML, and escapes text for Compose's interpolation. */
final class ComposeYaml {

	private ComposeYaml() {
	}

	/** The document as block-style YAML. */
	static String dump(Map<String, Object> document) {
		return YamlWriter.dump(document);
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
