package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped server driven by Emacs through eglot, in batch mode: diagnostics in Flymake, definition
 * across files, a quick fix, a rename across files that eglot checks against its document versions,
 * formatting, all saved to disk; once in a project (a Git folder) and once in a folder outside any.
 */
class EglotClientTest {

	@TempDir
	Path dir;

	@Test
	void eglotDiagnosesNavigatesFixesRenamesAndFormatsInAProjectAndOutsideAny() throws Exception {
		Path emacs = Tools.require("emacs", "emacs-nox");
		Path eglot = Tools.requireFile("elpa-eglot", Path.of("/usr/share/emacs/site-lisp/elpa/eglot-1.9"));
		Path project = ClientScenario.models(dir.resolve("project"));
		Files.createDirectories(project.resolve(".git"));
		Path loose = ClientScenario.models(dir.resolve("loose"));
		Path results = dir.resolve("results.jsonl");
		Path script = Project.path("dsl.tests/src/test/resources/eglot/client.el");
		Map<String, String> environment = new HashMap<>(ClientScenario.server());
		environment.putAll(Map.of("BERTH_EGLOT_RESULTS", results.toString(), "BERTH_EGLOT_FOLDERS",
				project + File.pathSeparator + loose, "BERTH_ELPA", eglot.getParent().toString(), "HOME", dir.toString()));
		Processes.Result run = Processes.run(dir, environment,
				List.of(emacs.toString(), "--batch", "-Q", "-l", script.toString()));
		Map<String, JsonElement> steps = ClientScenario.steps(results);
		assertFalse(steps.containsKey("error"), () -> steps.get("error") + "\n" + run.output());
		assertEquals(0, run.status(), run.output());
		assertScenario(steps, project, "vc");
		assertScenario(steps, loose, "transient");
	}

	private static void assertScenario(Map<String, JsonElement> steps, Path folder, String projectKind)
			throws Exception {
		String name = folder.getFileName() + "/";
		assertEquals(List.of(projectKind, folder + "/"), strings(steps.get(name + "project")), steps.toString());
		assertTrue(strings(steps.get(name + "diagnostics")).contains("security.plaintext-secret"), steps.toString());
		assertEquals(List.of(folder.resolve("infra.berth").toString(), "2"), strings(steps.get(name + "definition")));
		assertEquals(List.of("Move the value into a secret read from the environment"),
				strings(steps.get(name + "quickfixes")));
		assertTrue(steps.get(name + "rename-version").getAsInt() > 0, "the rename met an edited buffer: " + steps);
		assertTrue(steps.get(name + "formatted").getAsBoolean(), steps.toString());
		ClientScenario.assertEditedOnDisk(folder);
	}

	private static List<String> strings(JsonElement array) {
		return array.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
	}
}
