package dev.berth.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** What cloud-init takes as a {@code #cloud-config} user-data file: that first line, then a YAML mapping. */
public final class CloudConfig {

	/** The first line that marks user-data as cloud-config. */
	public static final String HEADER = "#cloud-config";

	private CloudConfig() {
	}

	/**
	 * What keeps a text from being cloud-config, said with how to mend it; empty when it is one. A
	 * file with no key after its first line is an empty mapping, which cloud-init accepts.
	 */
	public static Optional<String> problem(String text) {
		String first = text.lines().findFirst().orElse("").stripTrailing();
		if (!first.equals(HEADER)) {
			return Optional.of((first.isEmpty() ? "its first line is empty" : "its first line is '" + first + "'")
					+ ", not " + HEADER + "; make " + HEADER + " the first line, or cloud-init ignores the file");
		}
		Object loaded;
		try {
			loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		} catch (MarkedYAMLException e) {
			Mark mark = e.getProblemMark();
			String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
			String problem = Objects.requireNonNullElse(e.getProblem(), e.getMessage());
			return Optional.of("its YAML does not load: " + problem + where + "; correct the YAML there");
		} catch (YAMLException e) {
			return Optional.of("its YAML does not load: " + e.getMessage() + "; correct the YAML");
		}
		if (loaded == null || loaded instanceof Map) {
			return Optional.empty();
		}
		return Optional.of("it holds " + (loaded instanceof List ? "a list" : "a scalar") + ", not a mapping; write "
				+ "cloud-config keys at the top level, such as `packages: [htop]`");
	}
}
