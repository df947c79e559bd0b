package dev.berth.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.cli.deploy.AnsiblePlaybook;
import dev.berth.cli.deploy.Change;
import dev.berth.cli.deploy.MachineTally;
import dev.berth.cli.deploy.RunEvents;
import dev.berth.cli.deploy.RunMode;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events of the real {@code ansible-playbook} read under the event contract: a hand-written
 * playbook in the contract's shape ({@code deploy/contract}) runs in check mode on this machine
 * ({@code connection local}) and against a closed port on loopback.
 */
class AnsibleEventsToolTest {

	@TempDir
	Path dir;

	@Test
	void aCheckRunOfTheContractsShapeIsCountedPerMachine() throws Exception {
		Path program = Tools.require("ansible-playbook", "ansible");
		Files.createDirectories(dir.resolve("files"));
		Files.writeString(dir.resolve("files/a"), "same\n");
		Files.writeString(dir.resolve("files/c"), "old\n");
		Files.writeString(dir.resolve("files/old"), "");
		Map<String, String> environment = new HashMap<>(System.getenv());
		environment.put(AnsiblePlaybook.VARIABLE, program.toString());
		environment.put("ANSIBLE_HOST_KEY_CHECKING", "false");
		Path contract = Project.path("dsl.tests/src/test/resources/deploy/contract");
		List<String> progress = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		List<String> other = new ArrayList<>();
		RunEvents events = new RunEvents(RunMode.PLAN, machine -> List.of("container web-3", "volume data"),
				progress::add, failures::add);
		int status = AnsiblePlaybook.locate(environment).orElseThrow().run(List.of("-i",
				contract.resolve("inventory.yaml").toString(), contract.resolve("deploy.yaml").toString(), "--check",
				"--extra-vars={\"berth_work\": \"" + dir + "\"}"), line -> {
					if (!events.accept(line)) {
						other.add(line);
					}
				}, other::add);

		assertEquals(4, status, String.join("\n", other));
		MachineTally node1 = events.machines().get("node1");
		assertEquals(Map.of("file a", Change.UNCHANGED, "file b", Change.CREATE, "file c", Change.CHANGE,
				"container web-1", Change.CHANGE, "file old", Change.REMOVE), node1.resources());
		assertFalse(node1.failed() || node1.isUnreachable());
		MachineTally vm1 = events.machines().get("vm1");
		assertTrue(vm1.pending());
		assertEquals(Map.of("container web-3", Change.CREATE, "volume data", Change.CREATE), vm1.resources());
		assertTrue(events.machines().get("node3").isUnreachable());
		assertEquals(1, failures.size(), failures::toString);
		assertTrue(failures.get(0).startsWith("node3 is unreachable: "), failures::toString);
		assertTrue(progress.containsAll(List.of("node1: would create file b", "node1: would change file c",
				"node1: would change container web-1", "node1: would remove file old", "vm1: would create volume data")),
				progress::toString);
		try (Stream<Path> files = Files.list(dir.resolve("files"))) {
			assertEquals(List.of("a", "c", "old"), files.map(p -> p.getFileName().toString()).sorted().toList(),
					"check mode changes nothing");
		}
	}
}
