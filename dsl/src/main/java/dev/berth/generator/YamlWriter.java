package dev.berth.generator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** Writes generated YAML documents (Compose files, cloud-init seeds, Ansible files) with SnakeYAML, in block style. */
public final class YamlWriter {

	/** A string written with a local tag, such as Ansible's {@code !unsafe}. */
	public record Tagged(String tag, String text) {
	}

	private YamlWriter() {
	}

	/** An ordered map of keys and values, so that the same model always gives the same bytes. */
	public static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** The document as block-style YAML; SnakeYAML quotes every scalar that would read back as something else. */
	public static String dump(Object document) {
		return dump(document, false);
	}

	/** The document as yamllint's default style wants it (Ansible's): sequences indented, multi-line text as literal blocks. */
	public static String dumpIndented(Object document) {
		return dump(document, true);
	}

	private static String dump(Object document, boolean indented) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(indented ? 2 : 0);
		options.setIndentWithIndicator(indented);
		options.setSplitLines(false);
		options.setWidth(Integer.MAX_VALUE);
		options.setLineBreak(DumperOptions.LineBreak.UNIX);
		return new Yaml(new QuotingRepresenter(options, indented), options).dump(document);
	}

	/**
	 * Quotes the strings that YAML 1.2 readers (Compose v2, cloud-init's newer parsers) would read as
	 * numbers, booleans or null, and {@code =}, which PyYAML (docker-compose 1.x, cloud-init) reads
	 * as a value key, beyond those SnakeYAML's YAML 1.1 rules already quote.
	 */
	private static final class QuotingRepresenter extends Representer {

		private static final Pattern NOT_A_STRING_IN_YAML_12 = Pattern.compile(
				"(?i)[-+]?(0o[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*(\\.[0-9_]*)?(e[-+]?[0-9]+)?|\\.[0-9_]+(e[-+]?[0-9]+)?"
						+ "|\\.inf|\\.nan)|true|false|yes|no|on|off|null|~|=|");

		private final boolean literalBlocks;

		QuotingRepresenter(DumperOptions options, boolean literalBlocks) {
			super(options);
			this.literalBlocks = literalBlocks;
			this.representers.put(String.class, data -> representScalar(Tag.STR, (String) data, style((String) data)));
			this.representers.put(Tagged.class, data -> representScalar(new Tag(((Tagged) data).tag()),
					((Tagged) data).text(), style(((Tagged) data).text())));
		}

		private DumperOptions.ScalarStyle style(String text) {
			if (literalBlocks && text.contains("\n")) {
				return DumperOptions.ScalarStyle.LITERAL;
			}
			return NOT_A_STRING_IN_YAML_12.matcher(text).matches() ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
					: DumperOptions.ScalarStyle.PLAIN;
		}
	}
}
