package dev.berth.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's site generator still writes a site that validates with no diagnostic. */
class SyntheticSiteTest {

	@TempDir
	Path dir;

	@Test
	void aSmallSyntheticSiteValidatesClean() throws Exception {
		Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				Project.path("bench/SyntheticSite.java").toString(), dir.toString(), "120").inheritIO().start();
		assertTrue(generator.waitFor(2, TimeUnit.MINUTES));
		assertEquals(0, generator.exitValue());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(4, files.count());
		}
		CliRun run = CliRun.of("validate", dir.toString());
		assertEquals("", run.out());
		assertEquals(0, run.status());
	}
}
