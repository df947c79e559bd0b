package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped server driven by a real client, headless Neovim's built-in LSP client: diagnostics,
 * definition across files, a rename across files written to disk, a quick fix applied, formatting.
 */
class NeovimClientTest {

	@TempDir
	Path dir;

	@Test
	void neovimDiagnosesNavigatesRenamesFixesAndFormats() throws Exception {
		Path nvim = Tools.require("nvim", "neovim");
		Path folder = ClientScenario.models(dir.resolve("site"));
		Path results = dir.resolve("results.jsonl");
		Path script = Project.path("dsl.tests/src/test/resources/neovim/client.lua");
		Map<String, String> environment = new HashMap<>(ClientScenario.server());
		environment.putAll(Map.of("BERTH_NVIM_RESULTS", results.toString(), "BERTH_NVIM_FOLDER", folder.toString(), "HOME",
				dir.toString(), "XDG_STATE_HOME", dir.resolve("state").toString()));
		Processes.Result run = Processes.run(dir, environment,
				List.of(nvim.toString(), "--headless", "--clean", "-n", "-u", script.toString()));
		Map<String, JsonElement> steps = ClientScenario.steps(results);
		assertFalse(steps.containsKey("error"), () -> steps.get("error") + "\n" + run.output());
		assertEquals(0, run.status(), run.output());
		assertTrue(steps.get("diagnostics").toString().contains("security.plaintext-secret"), steps.toString());
		assertTrue(steps.get("definition").getAsString().endsWith("/infra.berth"), steps.toString());
		ClientScenario.assertEditedOnDisk(folder);
	}
}
