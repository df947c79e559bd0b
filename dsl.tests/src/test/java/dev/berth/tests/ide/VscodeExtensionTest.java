package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The VS Code extension: its grammar and unit tests pass, and it packages into a self-contained .vsix. */
class VscodeExtensionTest {

	private static final Path EXTENSION = Project.path("vscode");

	private static Path npm;

	@BeforeAll
	static void install() throws Exception {
		npm = Tools.require("npm", "npm");
		Processes.Result install = Processes.run(EXTENSION, npm.toString(), "ci", "--no-audit", "--no-fund");
		assertEquals(0, install.status(), install.output());
	}

	@Test
	void theGrammarAndUnitTestsPass() throws Exception {
		Processes.Result tests = Processes.run(EXTENSION, npm.toString(), "test");
		assertEquals(0, tests.status(), tests.output());
		assertTrue(tests.output().contains("contract.berth run successfuly"), tests.output());
		assertTrue(tests.output().contains("# fail 0") && !tests.output().contains("# pass 0"), tests.output());
	}

	@Test
	void theVsixCarriesTheBundleServerIconAndLicenceButNoNodeModules() throws Exception {
		Path vsix = EXTENSION.resolve("berth.vsix");
		Files.deleteIfExists(vsix);
		Processes.Result packaged = Processes.run(EXTENSION, npm.toString(), "run", "package");
		assertEquals(0, packaged.status(), packaged.output());
		try (ZipFile zip = new ZipFile(vsix.toFile())) {
			List<String> names = zip.stream().map(ZipEntry::getName).toList();
			assertTrue(names.containsAll(Set.of("extension/dist/extension.js", "extension/server/berth-language-server.jar",
					"extension/images/icon.png", "extension/LICENSE.txt", "extension/changelog.md")), names.toString());
			assertTrue(names.stream().noneMatch(name -> name.contains("node_modules") || name.startsWith("extension/src/")),
					names.toString());
			JsonObject manifest = JsonParser.parseString(read(zip, "extension/package.json")).getAsJsonObject();
			assertEquals("./dist/extension.js", manifest.get("main").getAsString());
			assertEquals("images/icon.png", manifest.get("icon").getAsString());
		}
	}

	@Test
	void theServerJarTheExtensionShipsRunsTheCommandLine() throws Exception {
		Path jar = Project.path("dsl.ide/target/berth-language-server.jar");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Processes.Result version = Processes.run(EXTENSION, java.toString(), "-cp", jar.toString(), "dev.berth.cli.BerthCli",
				"--version");
		assertEquals(0, version.status(), version.output());
	}

	private static String read(ZipFile zip, String name) throws IOException {
		return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
	}
}
