package dev.berth.generator.ansible;

import dev.berth.generator.YamlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Ansible's YAML: data whose every string value is tagged {@code !unsafe}, so that Ansible never
 * templates text that came from a model, and the static task files, read from this package.
 */
final class AnsibleYaml {

	private static final String UNSAFE = "!unsafe";

	private AnsibleYaml() {
	}

	/** Data as YAML, each string value (not the keys) tagged {@code !unsafe}. */
	static String data(Object document) {
		return "---\n" + YamlWriter.dumpIndented(protect(document));
	}

	/** A document of Berth's own text, such as a play, written as it is; a top-level list starts at the margin. */
	static String plain(Object document) {
		String yaml = YamlWriter.dumpIndented(document);
		return "---\n" + (document instanceof List<?> ? yaml.replaceAll("(?m)^  ", "") : yaml);
	}

	/** A static task file of this package, read and written again through YAML. */
	static String tasks(String name) {
		try (InputStream in = AnsibleYaml.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return plain(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An item of a resource list: its kind and its name, as the deployment's events report them. */
	static Map<String, Object> item(String kind, String name) {
		return YamlWriter.map("kind", kind, "name", name);
	}

	private static Object protect(Object value) {
		if (value instanceof String text) {
			return new YamlWriter.Tagged(UNSAFE, text);
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(k, protect(v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(v -> copy.add(protect(v)));
			return copy;
		}
		return value;
	}
}
