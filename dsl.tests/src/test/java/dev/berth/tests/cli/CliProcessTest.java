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
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped command line as users run it: the runnable jar and the {@code ./berth} launcher, as processes. */
class CliProcessTest {

	@TempDir
	Path dir;

	private static final String FIRST_WEBSHOP_WARNING = "examples/webshop/workloads.berth:23:5: warning:";

	private static final String MAKING_ARCHIVE = "berth: making the class-data archive for faster starts (once per build)...\n";

	private record Result(int status, String out, String err) {
	}

	private record Running(List<String> command, Process process, Path out, Path err) {

		Result finish() throws IOException, InterruptedException {
			assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the command did not finish: " + command);
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		}
	}

	private Running start(Path folder, Map<String, String> environment, List<String> command) throws IOException {
		Path out = Files.createTempFile(dir, "out", ".txt");
		Path err = Files.createTempFile(dir, "err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile());
		builder.environment().putAll(environment);
		return new Running(command, builder.start(), out, err);
	}

	private Result run(List<String> command) throws IOException, InterruptedException {
		return start(Project.root(), Map.of(), command).finish();
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
	void theLauncherMakesAnArchiveBesideTheJarOnceAndIgnoresACorruptOne() throws Exception {
		Path copy = launcherCopy();
		Map<String, Long> outsideTarget = filesOutsideTarget(copy);
		Result first = launch(copy, Map.of());
		assertEquals(0, first.status(), first.err());
		assertEquals(MAKING_ARCHIVE, first.err());
		assertTrue(first.out().startsWith(FIRST_WEBSHOP_WARNING), first.out());
		Path archive = archive(copy);
		assertEquals(Set.of(jar(copy), archive), Set.copyOf(filesInTarget(copy, "*")), "no work folder is left");
		assertTrue(Files.size(archive) > 0);
		assertArchiveServes(copy, archive);
		assertEquals(outsideTarget, filesOutsideTarget(copy), "nothing written outside dsl/target");

		Result second = launch(copy, Map.of());
		assertEquals(new Result(0, first.out(), ""), second);

		Files.delete(archive);
		Files.writeString(archive, "not an archive");
		assertEquals(new Result(0, first.out(), ""), launch(copy, Map.of()));

		Files.writeString(archive, "");
		assertEquals(new Result(0, first.out(), ""), launch(copy, Map.of()));
		assertEquals(0, Files.size(archive), "an empty archive stands for a failed dump until the next build");
	}

	@Test
	void theLauncherRemakesTheArchiveForARebuiltJar() throws Exception {
		Path copy = launcherCopy();
		assertEquals(0, launch(copy, Map.of()).status());
		Path archive = archive(copy);
		Instant now = Instant.now();
		Files.setLastModifiedTime(archive, FileTime.from(now.minus(2, ChronoUnit.HOURS)));
		Files.setLastModifiedTime(jar(copy), FileTime.from(now.minus(1, ChronoUnit.HOURS)));
		Result rebuilt = launch(copy, Map.of());
		assertEquals(0, rebuilt.status(), rebuilt.err());
		assertEquals(MAKING_ARCHIVE, rebuilt.err());
		assertTrue(Files.getLastModifiedTime(archive).toInstant().isAfter(now.minusSeconds(60)));
		assertArchiveServes(copy, archive);
	}

	@Test
	void concurrentFirstRunsLeaveOneWholeArchive() throws Exception {
		Path copy = launcherCopy();
		Running one = launching(copy, Map.of());
		Running other = launching(copy, Map.of());
		for (Result result : List.of(one.finish(), other.finish())) {
			assertEquals(0, result.status(), result.err());
			assertTrue(result.out().startsWith(FIRST_WEBSHOP_WARNING), result.out());
		}
		Path archive = archive(copy);
		assertEquals(List.of(archive), filesInTarget(copy, "berth-cli-*.jsa"));
		assertArchiveServes(copy, archive);
	}

	@Test
	void theLauncherRunsWithoutAnArchiveInAReadOnlyTree() throws Exception {
		Path copy = launcherCopy();
		Path target = copy.resolve("dsl/target");
		assertTrue(target.toFile().setWritable(false, false));
		try {
			Result run = Files.isWritable(target) ? launchAsNobody(copy) : launch(copy, Map.of());
			assertEquals(new Result(0, run.out(), ""), run);
			assertTrue(run.out().startsWith(FIRST_WEBSHOP_WARNING), run.out());
			assertEquals(List.of(jar(copy)), filesInTarget(copy, "*"));
		} finally {
			target.toFile().setWritable(true, true);
		}
	}

	/** Runs the launcher as the user nobody, for whom a read-only folder is read-only even when the tests run as root. */
	private Result launchAsNobody(Path copy) throws IOException, InterruptedException {
		try (var paths = Files.walk(dir)) {
			for (Path path : paths.toList()) {
				path.toFile().setReadable(true, false);
				path.toFile().setExecutable(path.toFile().isDirectory() || path.toFile().canExecute(), false);
			}
		}
		Path setpriv = Tools.require("setpriv", "util-linux");
		return start(copy, Map.of("JAVA_HOME", System.getProperty("java.home")), List.of(setpriv.toString(),
				"--reuid=65534", "--regid=65534", "--clear-groups", "bash", "./berth", "validate", "examples/webshop"))
				.finish();
	}

	@Test
	void berthJavaOptsReplaceTheDefaultMemoryOptions() throws Exception {
		Result run = start(Project.root(), Map.of("BERTH_JAVA_OPTS", "-XshowSettings:vm -Xmx300m"),
				List.of("bash", "./berth", "--version")).finish();
		assertEquals(0, run.status(), run.err());
		assertTrue(run.err().contains("Max. Heap Size: 300.00M"), run.err());
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

	/**
	 * The launcher, the built jar and the webshop example laid out as in the project, with the
	 * sources older than the jar, so that the launcher runs the jar and writes only into the copy.
	 */
	private Path launcherCopy() throws IOException {
		Path copy = dir.resolve("project");
		Path target = Files.createDirectories(copy.resolve("dsl/target"));
		Files.copy(Project.path("berth"), copy.resolve("berth"));
		Files.copy(Project.path("dsl/target/berth-cli.jar"), target.resolve("berth-cli.jar"));
		Path examples = Files.createDirectories(copy.resolve("examples"));
		Path webshop = Project.path("examples/webshop");
		try (Stream<Path> files = Files.walk(webshop)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, examples.resolve("webshop").resolve(webshop.relativize(file).toString()));
			}
		}
		FileTime old = FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS));
		for (String source : List.of("pom.xml", "dsl/pom.xml")) {
			Files.setLastModifiedTime(Files.writeString(copy.resolve(source), ""), old);
		}
		for (String source : List.of("dsl/src/main/java", "dsl/src/main/resources")) {
			Files.setLastModifiedTime(Files.createDirectories(copy.resolve(source)), old);
		}
		return copy;
	}

	/** Starts the copy's launcher on the webshop example, with this JVM. */
	private Running launching(Path copy, Map<String, String> environment) throws IOException {
		Map<String, String> withJava = new TreeMap<>(environment);
		withJava.put("JAVA_HOME", System.getProperty("java.home"));
		return start(copy, withJava, List.of("bash", "./berth", "validate", "examples/webshop"));
	}

	private Result launch(Path copy, Map<String, String> environment) throws IOException, InterruptedException {
		return launching(copy, environment).finish();
	}

	private static Path jar(Path copy) {
		return copy.resolve("dsl/target/berth-cli.jar");
	}

	/** The one archive the launcher made in the copy. */
	private static Path archive(Path copy) throws IOException {
		List<Path> archives = filesInTarget(copy, "berth-cli-*.jsa");
		assertEquals(1, archives.size(), archives.toString());
		return archives.get(0);
	}

	private static List<Path> filesInTarget(Path copy, String glob) throws IOException {
		try (Stream<Path> files = Files.list(copy.resolve("dsl/target"))) {
			return files.filter(file -> file.getFileSystem().getPathMatcher("glob:" + glob).matches(file.getFileName()))
					.sorted().toList();
		}
	}

	private static Map<String, Long> filesOutsideTarget(Path copy) throws IOException {
		Map<String, Long> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(copy)) {
			for (Path file : (Iterable<Path>) walk::iterator) {
				if (!file.startsWith(copy.resolve("dsl/target"))) {
					files.put(copy.relativize(file).toString(), Files.getLastModifiedTime(file).toMillis());
				}
			}
		}
		return files;
	}

	/** The JVM, required to share classes, accepts the archive for the jar as it is now. */
	private void assertArchiveServes(Path copy, Path archive) throws IOException, InterruptedException {
		Result run = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:on",
				"-XX:SharedArchiveFile=" + archive, "-jar", jar(copy).toString(), "--version"));
		assertEquals(0, run.status(), run.out() + run.err());
	}
}
