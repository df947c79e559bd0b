package dev.berth.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.FakeAnsible;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code berth plan}, {@code deploy} and {@code destroy} with a fake {@code ansible-playbook} that
 * prints events captured from real runs: what each machine reports, the exit statuses, the
 * arguments passed through.
 */
class DeploymentCommandsTest {

	private static final String MODEL = """
			deployment shop
			host node1 { cpu 4 cores memory 8 GiB runtime podman connection local }
			host node2 { cpu 8 cores memory 16 GiB runtime podman hypervisor kvm address "192.0.2.2" }
			host node3 { cpu 4 cores memory 8 GiB runtime podman address "192.0.2.3" }
			vm vm1 on node2 { vcpu 2 memory 2 GiB runtime podman disk root 10 GiB }
			container web on node1, node2, vm1 { image "nginx:1.25" memory 64 MiB user "101" volume "data" -> "/data" }
			container cache on node3 { image "redis:7.2" memory 64 MiB user "999" }
			""";

	@TempDir
	Path dir;

	private String model() throws IOException {
		Path file = dir.resolve("shop.berth");
		Files.writeString(file, MODEL);
		return file.toString();
	}

	private String out() {
		return dir.resolve("out").toString();
	}

	private static List<String> tail(CliRun run, int lines) {
		List<String> all = run.outLines();
		return all.subList(all.size() - lines, all.size());
	}

	@Test
	void planSaysPerMachineWhatADeployWouldDo() throws IOException {
		FakeAnsible ansible = FakeAnsible.create(dir.resolve("fake"), "plan", 0);
		CliRun run = CliRun.in(ansible.environment(), "plan", "-o", out(), model());
		assertEquals(0, run.status(), run.out() + run.err());
		Path folder = dir.resolve("out/ansible").toAbsolutePath();
		assertEquals(List.of("-i", folder.resolve("inventory.yaml").toString(), folder.resolve("deploy.yaml").toString(),
				"--check"), ansible.arguments());
		assertTrue(ansible.environmentSeen().contains("ANSIBLE_STDOUT_CALLBACK=ansible.posix.jsonl"));
		assertEquals(List.of("node1: 1 to create, 1 to change, 1 to remove, 1 unchanged",
				"node2: 1 to create, 0 to change, 0 to remove, 2 unchanged",
				"vm1: 2 to create, 0 to change, 0 to remove, 0 unchanged (its VM does not exist yet)",
				"total: 4 to create, 1 to change, 1 to remove, 3 unchanged"), tail(run, 4));
		assertTrue(run.outLines().containsAll(List.of("node1: would create image web:1",
				"node1: would change container web-1", "node1: would remove container old-1",
				"vm1: would create container web-3", "vm1: would create volume data")), run.out());
		assertTrue(run.errLines().contains("[WARNING]: a warning of the fake"), run.err());
	}

	@Test
	void deployShowsProgressAndExitsZero() throws IOException {
		FakeAnsible ansible = FakeAnsible.create(dir.resolve("fake"), "deploy", 0);
		CliRun run = CliRun.in(ansible.environment(), "deploy", "-o", out(), model());
		assertEquals(0, run.status(), run.out() + run.err());
		assertFalse(ansible.arguments().contains("--check"));
		assertTrue(run.outLines().containsAll(List.of("node1: image web:1 created", "node1: container web-1 changed",
				"node1: copy secret (no_log) changed", "node1: container old-1 removed", "node2: container web-2 changed",
				"vm1: container web-3 created")), run.out());
		assertEquals(List.of("node1: 1 created, 2 changed, 1 removed, 1 unchanged",
				"node2: 1 created, 1 changed, 0 removed, 1 unchanged", "vm1: 2 created, 0 changed, 0 removed, 1 unchanged",
				"total: 4 created, 3 changed, 1 removed, 3 unchanged"), tail(run, 4));
		String log = Files.readString(dir.resolve("out/ansible/last-run.jsonl"));
		assertTrue(log.contains("\"berth_existing\"") && log.contains("\"_ansible_item_label\":\"container web-1\""), log);
		assertFalse(log.contains("invocation") || log.contains("/tmp/") || log.contains("stdout"), log);
	}

	@Test
	void aSecondDeploySaysNoChange() throws IOException {
		FakeAnsible ansible = FakeAnsible.create(dir.resolve("fake"), "nochange", 0);
		CliRun run = CliRun.in(ansible.environment(), "deploy", "-o", out(), model());
		assertEquals(0, run.status(), run.out() + run.err());
		assertEquals(List.of("node1: 0 created, 0 changed, 0 removed, 4 unchanged",
				"node2: 0 created, 0 changed, 0 removed, 3 unchanged", "vm1: 0 created, 0 changed, 0 removed, 3 unchanged",
				"no change"), run.outLines().subList(run.outLines().size() - 4, run.outLines().size()));
	}

	@Test
	void aFailedStepAndAnUnreachableMachineExitFour() throws IOException {
		FakeAnsible ansible = FakeAnsible.create(dir.resolve("fake"), "failed", 4);
		CliRun run = CliRun.in(ansible.environment(), "deploy", "-o", out(), model());
		assertEquals(4, run.status(), run.out() + run.err());
		assertTrue(run.errLines().contains("berth: node2: container web-2: start failed: non-zero return code"), run.err());
		assertTrue(run.errLines().contains("berth: node3 is unreachable: Failed to connect to the host via ssh: ssh: "
				+ "connect to host 127.0.0.1 port 1: Connection refused"), run.err());
		assertEquals(List.of("node1: 1 created, 2 changed, 1 removed, 1 unchanged",
				"node2: 1 created, 1 changed, 0 removed, 1 unchanged; failed", "node3: unreachable",
				"vm1: 2 created, 0 changed, 0 removed, 1 unchanged",
				"total: 4 created, 3 changed, 1 removed, 3 unchanged; 1 machine failed; 1 unreachable"), tail(run, 5));
	}

	@Test
	void limitIsPassedThroughAndChecked() throws IOException {
		FakeAnsible ansible = FakeAnsible.create(dir.resolve("fake"), "nochange", 0);
		CliRun run = CliRun.in(ansible.environment(), "deploy", "--limit", "node1,vm1", "-o", out(), model());
		assertEquals(0, run.status(), run.err());
		assertEquals("--limit=node1,vm1", ansible.arguments().get(3));
		CliRun unknown = CliRun.in(ansible.environment(), "deploy", "--limit", "node9", "-o", out(), model());
		assertEquals(2, unknown.status());
		assertTrue(unknown.err().contains("--limit names no machine of the model: node9"), unknown.err());
	}

	@Test
	void destroyRunsTheDestroyPlaybookAndPurgesDataOnlyWhenAsked() throws IOException {
		FakeAnsible ansible = FakeAnsible.create(dir.resolve("fake"), "nochange", 0);
		assertEquals(0, CliRun.in(ansible.environment(), "destroy", "-o", out(), model()).status());
		List<String> plain = ansible.arguments();
		assertEquals(3, plain.size(), plain::toString);
		assertTrue(plain.get(2).endsWith("/out/ansible/destroy.yaml"), plain::toString);
		assertEquals(0, CliRun.in(ansible.environment(), "destroy", "--purge-data", "-o", out(), model()).status());
		assertEquals("--extra-vars={\"berth_purge_data\": true}", ansible.arguments().get(3));
	}

	@Test
	void aMissingAnsibleExitsTwoWithHowToInstallIt() throws IOException {
		Map<String, String> environment = new HashMap<>(System.getenv());
		environment.remove("BERTH_ANSIBLE_PLAYBOOK");
		environment.put("PATH", dir.toString());
		CliRun run = CliRun.in(environment, "deploy", "-o", out(), model());
		assertEquals(2, run.status(), run.err());
		assertTrue(run.err().contains("berth: ansible-playbook is not installed"), run.err());
		assertTrue(run.err().contains("apt-get install ansible") && run.err().contains("pip install ansible-core")
				&& run.err().contains("community.libvirt containers.podman community.docker"), run.err());
	}

	@Test
	void aModelWithErrorsRunsNothing() throws IOException {
		FakeAnsible ansible = FakeAnsible.create(dir.resolve("fake"), "deploy", 0);
		Path bad = dir.resolve("bad.berth");
		Files.writeString(bad, "deployment d\nvm v on nowhere { }\n");
		CliRun run = CliRun.in(ansible.environment(), "deploy", "-o", out(), bad.toString());
		assertEquals(1, run.status());
		assertTrue(run.out().contains("[reference.unresolved]"), run.out());
		assertEquals(List.of("berth: the model has errors; nothing was written or run"), run.errLines());
		assertFalse(ansible.ran());
		assertFalse(Files.exists(dir.resolve("out")));
	}
}
