package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.berth.tests.support.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The models a real editor client works on, what it must leave on disk, and the steps its script
 * reported, one JSON object {@code {"step": ..., "value": ...}} per line.
 */
final class ClientScenario {

	private ClientScenario() {
	}

	/** The variables that tell a client's script how to start the shipped server: its Java and its jar. */
	static Map<String, String> server() {
		return Map.of("BERTH_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "BERTH_SERVER_JAR",
				Project.path("dsl.ide/target/berth-language-server.jar").toString());
	}

	/** Writes {@code infra.berth}, {@code app.berth} and {@code messy.berth} into a new folder. */
	static Path models(Path folder) throws IOException {
		Files.createDirectories(folder);
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
		return folder;
	}

	/** Checks that {@code node1} was renamed in both files, the secret moved and the messy file formatted. */
	static void assertEditedOnDisk(Path folder) throws IOException {
		assertTrue(Files.readString(folder.resolve("infra.berth")).contains("host server1 {"), "renamed on disk");
		String app = Files.readString(folder.resolve("app.berth"));
		assertTrue(app.contains("container web on server1 {"), app);
		assertTrue(app.contains("secret db_password from env \"DB_PASSWORD\"\n") && app.contains("    secret db_password\n")
				&& !app.contains("hunter2"), "the quick fix moved the value into a secret: " + app);
		assertEquals("deployment acme.messy\n\nhost h1 {\n    cpu 2 cores\n    memory 4 GiB\n}\n",
				Files.readString(folder.resolve("messy.berth")), "formatted");
	}

	/** The value of each step in a results file, in order; empty if the script wrote none. */
	static Map<String, JsonElement> steps(Path results) throws IOException {
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
