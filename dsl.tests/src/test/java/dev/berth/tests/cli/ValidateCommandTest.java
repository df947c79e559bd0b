package dev.berth.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth validate} on good, bad, missing and unreadable input: its lines and exit statuses. */
class ValidateCommandTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file;
	}

	@Test
	void bothExamplesValidateWithNoError() {
		CliRun estate = CliRun.of("validate", Project.path("examples/mixed-estate").toString());
		assertEquals("", estate.out());
		assertEquals("", estate.err());
		assertEquals(0, estate.status());
		CliRun shop = CliRun.of("validate", "../examples/webshop");
		assertEquals(List.of(
				"../examples/webshop/workloads.berth:23:5: warning: vm db has a vnc console on 127.0.0.1, an attack "
						+ "surface for anyone with a shell on its host; remove graphics unless you need it (a serial "
						+ "console is always there) [security.graphics-exposed]",
				"../examples/webshop/workloads.berth:58:11: warning: container cache runs as its image's default "
						+ "user, often root; add `user \"1000\"` (a user without administrator rights) "
						+ "[security.root-user]",
				"../examples/webshop/workloads.berth:62:5: warning: container cache runs privileged: it gets every "
						+ "capability and the machine's devices, so whoever breaks into it owns the machine; drop "
						+ "privileged and grant only what it needs [security.privileged]"), shop.outLines());
		assertEquals(0, shop.status());
	}

	@Test
	void errorsArePrintedOneALineAndExitOne() throws IOException {
		Path file = write("bad.berth", """
				deployment acme.bad
				host node1 {
				    memry 64 GiB
				}
				vm db on node9 { }
				""");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(List.of(
				file + ":3:5: error: unexpected 'memry' in host node1, where a property starts with one of: cpu, "
						+ "memory, disk, os, arch, hypervisor, runtime, overcommit, address, storage, connection ('}' ends the "
						+ "block) [syntax]",
				file + ":5:10: error: no machine (a host, or a vm) named 'node9' is in scope; check the spelling, "
						+ "or import the deployment that declares it [reference.unresolved]"),
				run.outLines());
		assertEquals(1, run.status());
		assertEquals("", run.err());
	}

	@Test
	void controlCharactersOfTheInputAreEscapedSoEachDiagnosticStaysOneLine() throws IOException {
		Path file = write("control.berth", "deployment d\nhost h {\f}\nhost g {\u2028}\n");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.status());
		List<String> lines = run.outLines();
		assertEquals(2, lines.size(), run.out());
		assertTrue(lines.get(0).startsWith(file + ":2:9: error: unexpected '\\u000c' in host h"), lines.get(0));
		assertTrue(lines.get(1).startsWith(file + ":3:9: error: unexpected '\\u2028' in host g"), lines.get(1));
	}

	@Test
	void aSyntaxErrorInAnExampleIsReportedWithItsPosition() throws IOException {
		Path example = Project.path("examples/webshop");
		Path copy = dir.resolve("webshop");
		try (Stream<Path> files = Files.walk(example)) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(example.relativize(file).toString()));
			}
		}
		Path broken = copy.resolve("workloads.berth");
		Files.writeString(broken, Files.readString(broken).replace("vcpu 8", "vcpu eight"));
		CliRun run = CliRun.of("validate", copy.toString());
		assertEquals(1, run.status());
		List<String> errors = run.outLines().stream().filter(line -> line.contains(": error: ")).toList();
		assertEquals(List.of(broken + ":29:10: error: expected a whole number but found 'eight' [syntax]"), errors);
	}

	@Test
	void aFolderMeansEveryBerthFileBelowItLinkedTogether() throws IOException {
		write("site/infra.berth", "deployment a\nhost h { hypervisor kvm }\n");
		write("site/nested/apps.berth", "deployment b\nimport a.*\nvm v on h { }\n");
		write("site/notes.txt", "not a model");
		CliRun run = CliRun.of("validate", dir.resolve("site").toString());
		assertEquals("", run.out());
		assertEquals(0, run.status());
	}

	@Test
	void filesGivenSeparatelyLinkToo() throws IOException {
		Path infra = write("infra.berth", "deployment a\nhost h { hypervisor kvm }\n");
		Path apps = write("apps.berth", "deployment b\nimport a.*\nvm v on h { }\n");
		assertEquals(0, CliRun.of("validate", infra.toString(), apps.toString()).status());
		assertEquals(1, CliRun.of("validate", apps.toString()).status());
	}

	@Test
	void theContractExampleExitsZero() {
		CliRun run = CliRun.of("validate", Project.path("dsl.tests/src/test/resources/contract/contract-example.berth").toString());
		assertEquals(0, run.status());
	}

	@Test
	void aMissingPathExitsTwoWithOneLine() {
		Path missing = dir.resolve("nothere.berth");
		CliRun run = CliRun.of("validate", missing.toString());
		assertEquals(2, run.status());
		assertEquals(List.of("berth: cannot read " + missing + ": no such file or folder"), run.errLines());
		assertEquals("", run.out());
	}

	@Test
	void aFileThatIsNotBerthExitsTwo() throws IOException {
		Path text = write("notes.txt", "hello");
		CliRun run = CliRun.of("validate", text.toString());
		assertEquals(2, run.status());
		assertEquals(List.of("berth: " + text + " is not a .berth file"), run.errLines());
	}

	@Test
	void aFolderWithoutModelsExitsTwo() throws IOException {
		Files.createDirectories(dir.resolve("empty"));
		CliRun run = CliRun.of("validate", dir.resolve("empty").toString());
		assertEquals(2, run.status());
		assertEquals(List.of("berth: no .berth file in " + dir.resolve("empty")), run.errLines());
	}

	@Test
	void anUnreadableFileExitsTwo() throws IOException {
		Path file = write("secret.berth", "deployment d\n");
		assertTrue(file.toFile().setReadable(false));
		try {
			CliRun run = CliRun.of("validate", file.toString());
			if (Files.isReadable(file)) {
				return;
			}
			assertEquals(2, run.status());
			assertEquals(List.of("berth: cannot read " + file + ": permission denied"), run.errLines());
		} finally {
			file.toFile().setReadable(true);
		}
	}

	@Test
	void invalidUtf8IsADiagnosticWithItsPosition() throws IOException {
		Path file = dir.resolve("latin1.berth");
		byte[] head = "deployment d\nhost h {\n  os linux \"D".getBytes(StandardCharsets.UTF_8);
		byte[] tail = "bian\"\n}\n".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[head.length + 1 + tail.length];
		System.arraycopy(head, 0, bytes, 0, head.length);
		bytes[head.length] = (byte) 0xE9;
		System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
		Files.write(file, bytes);
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(List.of(file + ":3:14: error: the file is not valid UTF-8: byte 0xE9 cannot appear here; save "
				+ "the file as UTF-8 [syntax]"), run.outLines());
		assertEquals(1, run.status());
	}

	@Test
	void aByteOrderMarkIsAccepted() throws IOException {
		Path file = dir.resolve("bom.berth");
		Files.write(file, ("\uFEFFdeployment d\nhost h { }\n").getBytes(StandardCharsets.UTF_8));
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals("", run.out());
		assertEquals(0, run.status());
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(2, CliRun.of().status());
		assertEquals(2, CliRun.of("validate").status());
		assertEquals(2, CliRun.of("validate", "--nonsense", "x.berth").status());
		assertEquals(2, CliRun.of("frobnicate").status());
	}

	@Test
	void helpAndVersion() {
		CliRun help = CliRun.of("--help");
		assertEquals(0, help.status());
		assertTrue(help.out().contains("validate"), help.out());
		CliRun version = CliRun.of("--version");
		assertEquals(0, version.status());
		assertTrue(version.out().matches("berth \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), version.out());
		CliRun validateHelp = CliRun.of("validate", "--help");
		assertEquals(0, validateHelp.status());
		assertTrue(validateHelp.out().contains("PATH"), validateHelp.out());
		assertFalse(validateHelp.out().isEmpty());
	}
}
