package dev.berth.importer.compose;

import dev.berth.importer.ImportedSite;
import dev.berth.importer.SourceSpot;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One Compose file being imported: where it is, the site it adds to, and the Berth names given to its
 * services, secrets and networks (a name absent from a map was not carried).
 */
final class ComposeSource {

	private final Path file;
	private final ImportedSite site;
	private final Map<String, String> services = new LinkedHashMap<>();
	private final Map<String, String> secrets = new LinkedHashMap<>();
	private final Map<String, String> networks = new LinkedHashMap<>();

	ComposeSource(Path file, ImportedSite site) {
		this.file = file;
		this.site = site;
	}

	ImportedSite site() {
		return site;
	}

	/** A path the file names, relative to its folder, as the model must write it (see {@link ImportedSite#path}). */
	String path(String written) {
		return site.path(file, written);
	}

	/** The place of a node in the file. */
	SourceSpot spot(Node node) {
		return spot(node.getStartMark());
	}

	/** The place of a mark in the file, lines and columns from 1. */
	SourceSpot spot(Mark mark) {
		return new SourceSpot(file, mark.getLine() + 1, mark.getColumn() + 1);
	}

	/** Reports a key (or value) not carried, at its node. */
	void skip(Node node, String key, String reason) {
		site.skip(spot(node), key, reason);
	}

	/** Reports a key carried in another form or with another meaning, at its node. */
	void change(Node node, String key, String how) {
		site.change(spot(node), key, how);
	}

	/** Gives a service, secret or network its Berth name, reporting a rename at the node. */
	String name(Map<String, String> names, String wanted, String kind, Node node) {
		String name = site.name(wanted, kind, spot(node));
		names.put(wanted, name);
		return name;
	}

	/**
	 * The text of a scalar value, with Compose's {@code $$} read as {@code $}; a value that is not a
	 * scalar, or that reads the environment, is reported and gives nothing.
	 */
	Optional<String> text(Node node, String key) {
		Optional<String> scalar = YamlNodes.scalar(node);
		if (scalar.isEmpty()) {
			skip(node, key, "expected a single value");
			return Optional.empty();
		}
		Interpolation value = Interpolation.of(scalar.get());
		if (!value.isLiteral()) {
			skip(node, key, "its value is read from the environment (${...}), which Berth does only for env and secret");
		}
		return Optional.ofNullable(value.literal());
	}

	/** The Berth names of the file's services, by their Compose names. */
	Map<String, String> services() {
		return services;
	}

	/** The Berth names of the secrets carried, by their Compose names. */
	Map<String, String> secrets() {
		return secrets;
	}

	/** The Berth names of the networks carried, by their Compose names. */
	Map<String, String> networks() {
		return networks;
	}

	/** The Berth name of a carried service, secret or network. */
	static Optional<String> named(Map<String, String> names, String composeName) {
		return Optional.ofNullable(names.get(composeName));
	}
}
