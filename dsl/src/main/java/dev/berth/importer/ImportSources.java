package dev.berth.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files an import reads, from the paths the user names: a file as it is, a folder as its Compose
 * files and libvirt XML files (domains, networks) below it, in name order; each paired with the importer for its kind.
 */
public final class ImportSources {

	/** The file names Compose looks for, which a folder is searched for. */
	private static final Set<String> COMPOSE_NAMES = Set.of("compose.yaml", "compose.yml", "docker-compose.yaml",
			"docker-compose.yml");

	/**
	 * A source file and its importer.
	 *
	 * @param file the file as found
	 * @param importer the importer for its kind
	 */
	public record Source(Path file, SourceImporter importer) {
	}

	private final SourceImporter compose;
	private final SourceImporter domain;

	public ImportSources(SourceImporter compose, SourceImporter domain) {
		this.compose = compose;
		this.domain = domain;
	}

	/** The sources named by the paths; a path that does not exist, or a folder with none, is an error at it. */
	public List<Source> of(List<Path> paths) throws ImportException {
		List<Source> sources = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				List<Path> found = below(path);
				if (found.isEmpty()) {
					throw new ImportException(new SourceSpot(path, 1, 1), "no Compose file (" + String.join(", ",
							COMPOSE_NAMES.stream().sorted().toList()) + ") and no libvirt XML (*.xml) below this folder");
				}
				for (Path file : found) {
					sources.add(new Source(file, importerFor(file)));
				}
			} else if (Files.isRegularFile(path)) {
				sources.add(new Source(path, importerFor(path)));
			} else {
				throw new ImportException(new SourceSpot(path, 1, 1), "no such file or folder");
			}
		}
		return sources;
	}

	private static List<Path> below(Path folder) throws ImportException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(file -> isCompose(file) || isXml(file)).sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new ImportException(new SourceSpot(folder, 1, 1), "cannot read the folder: " + e.getMessage());
		}
	}

	/** The domain importer for XML, by extension or for a file whose first character is {@code <}; else Compose. */
	private SourceImporter importerFor(Path file) throws ImportException {
		if (isXml(file)) {
			return domain;
		}
		if (isCompose(file) || name(file).endsWith(".yaml") || name(file).endsWith(".yml")) {
			return compose;
		}
		try {
			return Files.readString(file).stripLeading().startsWith("<") ? domain : compose;
		} catch (IOException e) {
			throw new ImportException(new SourceSpot(file, 1, 1), "cannot read the file: " + e.getMessage());
		}
	}

	private static boolean isCompose(Path file) {
		return COMPOSE_NAMES.contains(name(file));
	}

	private static boolean isXml(Path file) {
		return name(file).endsWith(".xml");
	}

	private static String name(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT);
	}
}
