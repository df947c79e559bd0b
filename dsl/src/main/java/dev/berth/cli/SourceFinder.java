package dev.berth.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the {@code .berth} files that the paths given on the command line stand for. */
public final class SourceFinder {

	static final String EXTENSION = ".berth";

	private SourceFinder() {
	}

	/**
	 * The files named, and every {@code .berth} file below the folders named, each once, in the
	 * order given (files below a folder sorted by path).
	 *
	 * @throws InputException when a path is missing, unreadable, not a {@code .berth} file, or a folder without one
	 */
	public static List<SourceFile> find(List<Path> paths) {
		List<SourceFile> files = new ArrayList<>();
		Set<Path> seen = new HashSet<>();
		for (Path given : paths) {
			for (SourceFile file : expand(given)) {
				if (seen.add(realPath(file.path()))) {
					files.add(file);
				}
			}
		}
		return files;
	}

	private static List<SourceFile> expand(Path given) {
		if (!Files.exists(given)) {
			throw new InputException("cannot read " + given + ": no such file or folder");
		}
		if (!Files.isReadable(given)) {
			throw new InputException("cannot read " + given + ": permission denied");
		}
		if (Files.isDirectory(given)) {
			List<SourceFile> below = below(given);
			if (below.isEmpty()) {
				throw new InputException("no " + EXTENSION + " file in " + given);
			}
			return below;
		}
		if (!given.getFileName().toString().endsWith(EXTENSION)) {
			throw new InputException(given + " is not a " + EXTENSION + " file");
		}
		return List.of(new SourceFile(given, given.toString()));
	}

	private static List<SourceFile> below(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
					.sorted()
					.map(p -> new SourceFile(p, p.toString()))
					.toList();
		} catch (IOException | UncheckedIOException e) {
			throw new InputException("cannot read " + folder + ": " + e.getMessage());
		}
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path.toAbsolutePath().normalize();
		}
	}
}
