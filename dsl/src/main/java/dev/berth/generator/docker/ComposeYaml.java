package dev.berth.generator.docker;

import dev.berth.generator.YamlWriter;
import java.util.Map;

/** Turns a Compose document into YAML, and escapes text for Compose's interpolation. */
final class ComposeYaml {

	private ComposeYaml() {
	}

	/** The document as block-style YAML. */
	static String dump(Map<String, Object> document) {
		return YamlWriter.dump(document);
	}

	/** A value written so that Compose's {@code ${VAR}} interpolation gives back the original text. */
	static String text(String value) {
		return value.replace("$", "$$");
	}
}
