package dev.berth.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes generated files into an output folder safely: each file goes in full to a temporary file
 * beside it and is then renamed into place; an unchanged file is left untouched; a file that berth
 * did not write is never overwritten; files of the previous run that are no longer generated are
 * removed; and the manifest of written files is written last.
 */
public final class OutputWriter {

	/** The manifest of the files berth owns in an output folder. */
	public static final String MANIFEST = ".berth-manifest";

	private static final String MANIFEST_HEADER = "# files written by berth generate; it removes only files listed here";

	/** What one run did. */
	public record Summary(int written, int unchanged, int removed) {
	}

	private final Path out;

	public OutputWriter(Path out) {
		this.out = out.toAbsolutePath().normalize();
	}

	/**
	 * Writes the files.
	 *
	 * @throws IOException when a file cannot be written, or exists without berth having written it
	 */
	public Summary write(List<GeneratedFile> files) throws IOException {
		Set<String> previous = readManifest();
		Map<Path, Boolean> folderExists = new HashMap<>();
		List<Path> targets = new ArrayList<>(files.size());
		for (GeneratedFile file : files) {
			Path target = resolve(file.path());
			if (!previous.contains(file.path())
					&& folderExists.computeIfAbsent(target.getParent(), Files::isDirectory) && Files.exists(target)) {
				throw new IOException(target + " exists but berth did not write it; move it away or choose another output folder");
			}
			targets.add(target);
		}
		Set<Path> folders = new HashSet<>();
		int written = 0;
		for (int i = 0; i < files.size(); i++) {
			GeneratedFile file = files.get(i);
			written += writeIfChanged(targets.get(i), file.content(), previous.contains(file.path()), folders) ? 1 : 0;
		}
		Set<String> current = new TreeSet<>(files.stream().map(GeneratedFile::path).toList());
		int removed = 0;
		for (String stale : previous) {
			if (!current.contains(stale) && Files.deleteIfExists(resolve(stale))) {
				removeEmptyParents(resolve(stale).getParent());
				removed++;
			}
		}
		List<String> manifest = new ArrayList<>(List.of(MANIFEST_HEADER));
		manifest.addAll(current);
		writeIfChanged(out.resolve(MANIFEST), String.join("\n", manifest) + "\n", true, folders);
		return new Summary(written, files.size() - written, removed);
	}

	private Path resolve(String relative) throws IOException {
		Path target = out.resolve(relative).normalize();
		if (!target.startsWith(out) || target.equals(out)) {
			throw new IOException("refusing to write outside the output folder: " + relative);
		}
		return target;
	}

	private Set<String> readManifest() throws IOException {
		Path manifest = out.resolve(MANIFEST);
		if (!Files.exists(manifest)) {
			return Set.of();
		}
		Set<String> paths = new LinkedHashSet<>();
		for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				resolve(line);
				paths.add(line);
			}
		}
		return paths;
	}

	/**
	 * Writes a file unless it has the content already; only a file berth wrote before may exist.
	 * Each folder is created once: {@code folders} holds those this run made sure of.
	 */
	private static boolean writeIfChanged(Path target, String content, boolean mayExist, Set<Path> folders)
			throws IOException {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		if (mayExist && hasContent(target, bytes)) {
			return false;
		}
		if (folders.add(target.getParent())) {
			Files.createDirectories(target.getParent());
		}
		AtomicFiles.replace(target, bytes);
		return true;
	}

	private static boolean hasContent(Path file, byte[] bytes) throws IOException {
		try {
			return Arrays.equals(Files.readAllBytes(file), bytes);
		} catch (NoSuchFileException e) {
			return false;
		}
	}

	private void removeEmptyParents(Path folder) throws IOException {
		Path current = folder;
		while (current != null && current.startsWith(out) && !current.equals(out) && isEmpty(current)) {
			Files.delete(current);
			current = current.getParent();
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (var entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}
}
