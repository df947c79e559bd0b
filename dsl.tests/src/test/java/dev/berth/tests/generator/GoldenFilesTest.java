package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.generator.GeneratedFile;
import dev.berth.tests.support.Generated;
import dev.berth.tests.support.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated files of both examples equal the golden files under
 * {@code src/test/resources/golden/EXAMPLE}, with the repository's folder written as {@code $ROOT}.
 * Run with {@code -Dberth.updateGolden=true} to rewrite the golden files after a deliberate change.
 */
class GoldenFilesTest {

	private static final Path GOLDEN = Project.path("dsl.tests/src/test/resources/golden");

	@ParameterizedTest
	@ValueSource(strings = { "webshop", "mixed-estate" })
	void generatedFilesEqualTheGoldenFiles(String example) throws IOException {
		Map<String, GeneratedFile> files = Generated.of(Project.path("examples/" + example));
		Path golden = GOLDEN.resolve(example);
		if (Boolean.getBoolean("berth.updateGolden")) {
			update(golden, files);
		}
		assertEquals(List.copyOf(new TreeSet<>(files.keySet())), goldenPaths(golden));
		for (GeneratedFile file : files.values()) {
			assertEquals(Files.readString(golden.resolve(file.path())), normalized(file.content()), file.path());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "webshop", "mixed-estate" })
	void generationIsDeterministic(String example) {
		Map<String, GeneratedFile> first = Generated.of(Project.path("examples/" + example));
		Map<String, GeneratedFile> second = Generated.of(Project.path("examples/" + example));
		assertEquals(first, second);
	}

	private static String normalized(String content) {
		return content.replace(Project.root().toString(), "$ROOT");
	}

	private static List<String> goldenPaths(Path golden) throws IOException {
		try (Stream<Path> walk = Files.walk(golden)) {
			return walk.filter(Files::isRegularFile).map(p -> golden.relativize(p).toString().replace('\\', '/'))
					.sorted().toList();
		}
	}

	private static void update(Path golden, Map<String, GeneratedFile> files) throws IOException {
		if (Files.exists(golden)) {
			try (Stream<Path> walk = Files.walk(golden)) {
				for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
					Files.delete(path);
				}
			}
		}
		for (GeneratedFile file : files.values()) {
			Path target = golden.resolve(file.path());
			Files.createDirectories(target.getParent());
			Files.writeString(target, normalized(file.content()));
		}
	}
}
