package dev.berth.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped command line as users run it: the runnable jar and the {@code ./berth} launcher, as processes. */
class CliProcessTest {

	@TempDir
	Path dir;

	private record Result(int status, String out, String err) {
	}

	private Result run(List<String> command) throws IOException, InterruptedException {
		Path out = dir.resolve("out.txt");
		Path err = dir.resolve("err.txt");
		Process process = new ProcessBuilder(command).directory(Project.root().toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the command did not finish: " + command);
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private Result berthJar(String... args) throws IOException, InterruptedException {
		Path jar = Project.path("dsl/target/berth-cli.jar");
		assertTrue(Files.isRegularFile(jar), "the build makes " + jar + " before the tests run");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString()));
		command.addAll(List.of(args));
		return run(command);
	}

	@Test
	void theJarValidatesTheExamples() throws Exception {
		Result run = berthJar("validate", "examples/webshop", "examples/mixed-estate");
		assertEquals(0, run.status(), run.err());
		assertEquals(3, run.out().lines().filter(line -> line.contains(": warning: ")).count(), run.out());
		assertFalse(run.out().contains(": error: "), run.out());
		assertEquals("", run.err());
	}

	@Test
	void theJarReportsErrorsWithoutAStackTrace() throws Exception {
		Path file = dir.resolve("bad.berth");
		Files.writeString(file, "deployment d\nvm v on nowhere { }\n");
		Result run = berthJar("validate", file.toString());
		assertEquals(1, run.status());
		assertTrue(run.out().startsWith(file + ":2:9: error: no machine"), run.out());
		assertEquals("", run.err());
	}

	@Test
	void theJarExitsTwoOnAMissingPath() throws Exception {
		Result run = berthJar("validate", "no/such/site");
		assertEquals(2, run.status());
		assertEquals("berth: cannot read no/such/site: no such file or folder\n", run.err());
		assertFalse(run.err().contains("Exception"));
	}

	@Test
	void theLauncherRunsTheBuiltCommandLine() throws Exception {
		Result run = run(List.of("bash", "./berth", "validate", "examples/mixed-estate"));
		assertEquals(0, run.status(), run.err());
		assertEquals("", run.out());
	}

	@Test
	void theScriptsPassShellcheck() throws Exception {
		Path shellcheck = Tools.require("shellcheck", "shellcheck");
		Result run = run(List.of(shellcheck.toString(), "berth", ".ci/run"));
		assertEquals(0, run.status(), run.out() + run.err());
	}

	@Test
	void theScriptsParse() throws Exception {
		Result run = run(List.of("bash", "-n", "berth"));
		assertEquals(0, run.status(), run.err());
		assertEquals(0, run(List.of("bash", "-n", ".ci/run")).status());
	}
}
