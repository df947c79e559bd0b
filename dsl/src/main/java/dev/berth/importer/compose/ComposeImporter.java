package dev.berth.importer.compose;

import dev.berth.importer.ImportException;
import dev.berth.importer.ImportedSite;
import dev.berth.importer.SourceImporter;
import dev.berth.importer.SourceSpot;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a Compose file ({@code compose.yaml}, {@code docker-compose.yml}) into containers on the site's
 * machine, with its bridge networks and its secrets; every key not carried is reported at its line.
 * <p>
 * Relative paths (build contexts, env files, bind mounts, secret files), relative to the Compose file's
 * folder, are written relative to the folder of the model ({@link ImportedSite#path}).
 */
public final class ComposeImporter implements SourceImporter {

	@Override
	public void read(Path file, ImportedSite site) throws ImportException {
		ComposeSource source = new ComposeSource(file, site);
		Node root = compose(file, source);
		Map<String, NodeTuple> entries = YamlNodes.entries(root);
		if (!YamlNodes.isMap(root) || !entries.containsKey("services")) {
			throw new ImportException(root == null ? new SourceSpot(file, 1, 1) : source.spot(root),
					"not a Compose file: expected a mapping with services");
		}
		Node servicesNode = entries.get("services").getValueNode();
		if (!YamlNodes.isMap(servicesNode) && !YamlNodes.isNull(servicesNode)) {
			throw new ImportException(source.spot(servicesNode), "not a Compose file: services is not a mapping");
		}
		Map<String, NodeTuple> services = YamlNodes.entries(servicesNode);
		for (Map.Entry<String, NodeTuple> service : services.entrySet()) {
			if (!YamlNodes.isMap(service.getValue().getValueNode())) {
				throw new ImportException(source.spot(service.getValue().getKeyNode()),
						"service " + service.getKey() + " is not a mapping");
			}
			source.name(source.services(), service.getKey(), "service", service.getValue().getKeyNode());
		}
		topLevel(source, entries);
		ServiceReader reader = new ServiceReader(source);
		services.forEach((name, service) -> site.element("container " + source.services().get(name) + " on " + site.machine(),
				reader.read(name, service.getValueNode())));
	}

	private static void topLevel(ComposeSource source, Map<String, NodeTuple> entries) {
		TopLevel declarations = new TopLevel(source);
		entries.forEach((key, entry) -> {
			Node value = entry.getValueNode();
			switch (key) {
				case "services" -> { }
				case "networks" -> declarations.networks(value);
				case "secrets" -> declarations.secrets(value);
				case "volumes" -> declarations.volumes(value);
				case "version" -> source.skip(entry.getKeyNode(), key, "obsolete: Compose reads the file the same without it");
				case "name" -> source.skip(entry.getKeyNode(), key, "Berth names a machine's Compose project berth-MACHINE");
				default -> source.skip(entry.getKeyNode(), key, key.startsWith("x-")
						? "an extension field; the anchors it defines are applied where they are merged"
						: "Berth has no such top-level element");
			}
		});
	}

	/** The file's YAML as a node tree; unreadable text or invalid YAML is an error at its place. */
	private static Node compose(Path file, ComposeSource source) throws ImportException {
		String text;
		try {
			text = Files.readString(file);
		} catch (CharacterCodingException e) {
			throw new ImportException(new SourceSpot(file, 1, 1), "not UTF-8 text");
		} catch (IOException e) {
			throw new ImportException(new SourceSpot(file, 1, 1), "cannot read the file: " + e.getMessage());
		}
		try {
			return new Yaml(new LoaderOptions()).compose(new StringReader(text));
		} catch (MarkedYAMLException e) {
			Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
			throw new ImportException(mark == null ? new SourceSpot(file, 1, 1) : source.spot(mark), "invalid YAML: " + problem);
		} catch (YAMLException e) {
			throw new ImportException(new SourceSpot(file, 1, 1), "invalid YAML: " + e.getMessage());
		}
	}
}
