package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.generator.GeneratedFile;
import dev.berth.generator.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer replaces only its own files, removes only its own stale files, and writes the manifest last. */
class OutputWriterTest {

	@TempDir
	Path out;

	private OutputWriter.Summary write(GeneratedFile... files) throws IOException {
		return new OutputWriter(out).write(List.of(files));
	}

	@Test
	void writesFilesAndTheManifest() throws IOException {
		OutputWriter.Summary summary = write(GeneratedFile.text("a/b.txt", "b\n"), GeneratedFile.text("c.yaml", "c: 1\n"));
		assertEquals(new OutputWriter.Summary(2, 0, 0), summary);
		assertEquals("b\n", Files.readString(out.resolve("a/b.txt")));
		assertFalse(Files.isExecutable(out.resolve("a/b.txt")));
		assertEquals(List.of("a/b.txt", "c.yaml"), Files.readAllLines(out.resolve(OutputWriter.MANIFEST)).subList(1, 3));
	}

	@Test
	void anUnchangedFileIsNotTouched() throws IOException {
		write(GeneratedFile.text("a.txt", "same\n"));
		FileTime old = FileTime.fromMillis(1_000_000);
		Files.setLastModifiedTime(out.resolve("a.txt"), old);
		assertEquals(new OutputWriter.Summary(0, 1, 0), write(GeneratedFile.text("a.txt", "same\n")));
		assertEquals(old, Files.getLastModifiedTime(out.resolve("a.txt")));
	}

	@Test
	void staleFilesOfTheLastRunAreRemovedAndOthersKept() throws IOException {
		write(GeneratedFile.text("old/gone.txt", "x\n"), GeneratedFile.text("kept.txt", "k\n"));
		Files.writeString(out.resolve("mine.txt"), "the user's own file\n");
		assertEquals(new OutputWriter.Summary(0, 1, 1), write(GeneratedFile.text("kept.txt", "k\n")));
		assertFalse(Files.exists(out.resolve("old/gone.txt")));
		assertFalse(Files.exists(out.resolve("old")));
		assertEquals("the user's own file\n", Files.readString(out.resolve("mine.txt")));
	}

	@Test
	void aFileBerthDidNotWriteIsNeverOverwritten() throws IOException {
		Files.writeString(out.resolve("compose.yaml"), "handmade\n");
		IOException failure = assertThrows(IOException.class, () -> write(GeneratedFile.text("other.txt", "o\n"),
				GeneratedFile.text("compose.yaml", "generated\n")));
		assertTrue(failure.getMessage().contains("berth did not write it"), failure.getMessage());
		assertEquals("handmade\n", Files.readString(out.resolve("compose.yaml")));
		assertFalse(Files.exists(out.resolve("other.txt")));
		assertFalse(Files.exists(out.resolve(OutputWriter.MANIFEST)));
	}

	@Test
	void pathsCannotEscapeTheOutputFolder() {
		assertThrows(IOException.class, () -> write(GeneratedFile.text("../escaped.txt", "x\n")));
		assertFalse(Files.exists(out.getParent().resolve("escaped.txt")));
	}

	@Test
	void aFailedRunLeavesNoHalfFileAndThePreviousManifest() throws IOException {
		write(GeneratedFile.text("a.txt", "one\n"));
		String manifest = Files.readString(out.resolve(OutputWriter.MANIFEST));
		Files.createDirectories(out.resolve("blocked"));
		Files.writeString(out.resolve("blocked/file"), "x");
		assertThrows(IOException.class, () -> write(GeneratedFile.text("a.txt", "two\n"),
				GeneratedFile.text("blocked/file/b.txt", "b\n")));
		assertEquals(manifest, Files.readString(out.resolve(OutputWriter.MANIFEST)));
		try (Stream<Path> walk = Files.walk(out)) {
			assertTrue(walk.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
		}
	}
}
