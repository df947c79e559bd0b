package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The VS Code extension: its TextMate grammar passes vscode-tmgrammar-test, and it packages into a .vsix. */
class VscodeExtensionTest {

	private static final Path EXTENSION = Project.path("vscode");

	@Test
	void theGrammarPassesItsTestsAndTheExtensionPackages() throws Exception {
		Path npm = Tools.require("npm", "npm");
		Processes.Result install = Processes.run(EXTENSION, npm.toString(), "ci", "--no-audit", "--no-fund");
		assertEquals(0, install.status(), install.output());
		Processes.Result grammar = Processes.run(EXTENSION, npm.toString(), "test");
		assertEquals(0, grammar.status(), grammar.output());
		assertTrue(grammar.output().contains("contract.berth run successfuly"), grammar.output());
		Files.deleteIfExists(EXTENSION.resolve("berth.vsix"));
		Processes.Result packaged = Processes.run(EXTENSION, npm.toString(), "run", "package");
		assertEquals(0, packaged.status(), packaged.output());
		assertTrue(Files.size(EXTENSION.resolve("berth.vsix")) > 1_000_000, "the .vsix bundles the server jar");
	}
}
