package dev.berth.generator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** Writes generated YAML documents (Compose files, cloud-init seeds, Ansible files) with SnakeYAML, in block style. */
public final class YamlWriter {

	/** A string written with a local tag, such as Ansible's {@code !unsafe}. */
	public record Tagged(String tag, String text) {
	}

	private static final ThreadLocal<Yaml> PLAIN = ThreadLocal.withInitial(() -> yaml(false));
	private static final ThreadLocal<Yaml> INDENTED = ThreadLocal.withInitial(() -> yaml(true));

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
		return PLAIN.get().dump(document);
	}

	/** The document as yamllint's default style wants it (Ansible's): sequences indented, multi-line text as literal blocks. */
	public static String dumpIndented(Object document) {
		return INDENTED.get().dump(document);
	}

	/** A dumper, made once per thread since SnakeYAML's are not thread-safe. */
	private static Yaml yaml(boolean indented) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(indented ? 2 : 0);
		options.setIndentWithIndicator(indented);
		options.setSplitLines(false);
		options.setWidth(Integer.MAX_VALUE);
		options.setLineBreak(DumperOptions.LineBreak.UNIX);
		return new Yaml(new SafeConstructor(new LoaderOptions()), new QuotingRepresenter(options, indented), options,
				new LoaderOptions(), new RememberingResolver());
	}

	/** Quotes the strings {@link YamlScalars} finds ambiguous, beyond those SnakeYAML's YAML 1.1 rules already quote. */
	private static final class QuotingRepresenter extends Representer {

		private final boolean literalBlocks;
		private final Map<String, Tag> tags = new HashMap<>();

		QuotingRepresenter(DumperOptions options, boolean literalBlocks) {
			super(options);
			this.literalBlocks = literalBlocks;
			this.representers.put(String.class, data -> representScalar(Tag.STR, (String) data, style((String) data)));
			this.representers.put(Tagged.class, data -> representScalar(tags.computeIfAbsent(((Tagged) data).tag(), Tag::new),
					((Tagged) data).text(), style(((Tagged) data).text())));
		}

		/** Forgets the document's objects even when it fails: the next document on this thread reuses the representer. */
		@Override
		public Node represent(Object data) {
			try {
				return super.represent(data);
			} finally {
				representedObjects.clear();
			}
		}

		private DumperOptions.ScalarStyle style(String text) {
			if (literalBlocks && text.contains("\n")) {
				return DumperOptions.ScalarStyle.LITERAL;
			}
			return YamlScalars.readsAsOther(text) ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
					: DumperOptions.ScalarStyle.PLAIN;
		}
	}
}
