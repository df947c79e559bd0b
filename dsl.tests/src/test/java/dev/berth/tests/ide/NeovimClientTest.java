package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
		Path folder = Files.createDirectories(dir.resolve("site"));
		Files.writeString(folder.resolve("infra.berth"), """
				deployment acme.infra
				host node1 { cpu 4 cores memory 8 GiB runtime docker }
				""");
		Files.writeString(folder.resolve("app.berth"), """
				deployment acme.app
				import acme.infra.*
				container web on node1 {
				    image "nginx:1.27.2"
				    memory 64 MiB
				    user "101"
				    env DB_PASSWORD = "hunter2"
				}
				""");
		Files.writeString(folder.resolve("messy.berth"), "deployment acme.messy\nhost   h1 {cpu 2 cores   memory 4 GiB}\n");
		Path results = dir.resolve("results.jsonl");
		Path script = Project.path("dsl.tests/src/test/resources/neovim/client.lua");
		Map<String, String> environment = Map.of("BERTH_NVIM_RESULTS", results.toString(), "BERTH_NVIM_FOLDER",
				folder.toString(), "BERTH_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"BERTH_SERVER_JAR", Project.path("dsl.ide/target/berth-language-server.jar").toString(), "HOME",
				dir.toString(), "XDG_STATE_HOME", dir.resolve("state").toString());
		Processes.Result run = Processes.run(dir, environment,
				List.of(nvim.toString(), "--headless", "--clean", "-n", "-u", script.toString()));
		Map<String, JsonElement> steps = steps(results);
		assertFalse(steps.containsKey("error"), () -> steps.get("error") + "\n" + run.output());
		assertEquals(0, run.status(), run.output());
		assertTrue(steps.get("diagnostics").toString().contains("security.plaintext-secret"), steps.toString());
		assertTrue(steps.get("definition").getAsString().endsWith("/infra.berth"), steps.toString());
		assertTrue(Files.readString(folder.resolve("infra.berth")).contains("host server1 {"), "renamed on disk");
		String app = Files.readString(folder.resolve("app.berth"));
		assertTrue(app.contains("container web on server1 {"), app);
		assertTrue(app.contains("secret db_password from env \"DB_PASSWORD\"\n") && app.contains("    secret db_password\n")
				&& !app.contains("hunter2"), "the quick fix moved the value into a secret: " + app);
		assertEquals("deployment acme.messy\n\nhost h1 {\n    cpu 2 cores\n    memory 4 GiB\n}\n",
				Files.readString(folder.resolve("messy.berth")), "formatted");
	}

	private static Map<String, JsonElement> steps(Path results) throws Exception {
		Map<String, JsonElement> steps = new LinkedHashMap<>();
		if (Files.exists(results)) {
			for (String line : Files.readAllLines(results)) {
				JsonObject step = JsonParser.parseString(line).getAsJsonObject();
				steps.put(step.get("step").getAsString(), step.get("value"));
			}
		}
		return steps;
	}
}
