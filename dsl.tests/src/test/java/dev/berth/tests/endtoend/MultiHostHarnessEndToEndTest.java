package dev.berth.tests.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.PodmanService;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.TestHosts;
import dev.berth.tests.support.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-host harness with real tools: Ansible reaches three namespaced hosts over ssh, each in
 * its own namespace; a container that Podman runs over ssh on host 2 serves host 1 at host 2's
 * address; a host made unreachable is reported so.
 */
class MultiHostHarnessEndToEndTest {

	private static final int PORT = 8080;

	@TempDir
	Path dir;

	@Test
	void ansibleReachesEveryHostAndAPublishedPortAnswersAtItsHostsAddress() throws Exception {
		Path ansible = Tools.require("ansible", "ansible");
		Tools.require("podman", "podman");
		try (TestHosts hosts = TestHosts.start(3)) {
			Path inventory = hosts.writeInventory(dir.resolve("inventory.yaml"));
			assertEveryHostAnswersFromItsOwnNamespace(hosts, ansible, inventory);
			assertEquals("served by host2\n", servedByHost2(hosts));
			hosts.makeUnreachable(3);
			Processes.Result partial = ansible(hosts, ansible, inventory, "-m", "ansible.builtin.ping");
			assertEquals(4, partial.status(), partial.output());
			assertTrue(partial.output().contains("host3 | UNREACHABLE!"), partial.output());
			assertTrue(partial.output().contains("host1 | SUCCESS"), partial.output());
			assertTrue(partial.output().contains("host2 | SUCCESS"), partial.output());
		}
	}

	/** Ansible pings every host, and a command run on each over ssh sees that host's own address. */
	private static void assertEveryHostAnswersFromItsOwnNamespace(TestHosts hosts, Path ansible, Path inventory)
			throws Exception {
		Processes.Result ping = ansible(hosts, ansible, inventory, "-m", "ansible.builtin.ping");
		assertEquals(0, ping.status(), ping.output());
		Processes.Result addresses = ansible(hosts, ansible, inventory, "-m", "ansible.builtin.command", "-a",
				"ip -4 -o addr show dev eth0");
		assertEquals(0, addresses.status(), addresses.output());
		for (int host = 1; host <= hosts.size(); host++) {
			String name = hosts.name(host) + " | ";
			String inet = " inet " + hosts.address(host) + "/24 ";
			assertTrue(ping.output().contains(name + "SUCCESS"), ping.output());
			assertTrue(addresses.output().lines().anyMatch(l -> l.startsWith(name + "CHANGED") && l.contains(inet)),
					addresses.output());
		}
	}

	/** What a container that Podman runs over ssh on host 2, publishing a port at host 2's address, answers host 1. */
	private String servedByHost2(TestHosts hosts) throws Exception {
		Path context = PodmanService.busyboxContext(dir.resolve("image"));
		Processes.Result build = hosts.ssh(2, "podman", "build", "-q", "-t", PodmanService.BUSYBOX_IMAGE,
				context.toString());
		assertEquals(0, build.status(), build.output());
		Processes.Result run = hosts.ssh(2, "podman", "run", "-d", "-p", hosts.address(2) + ":" + PORT + ":" + PORT,
				PodmanService.BUSYBOX_IMAGE, "sh", "-c",
				"mkdir /www && echo served by host2 > /www/index.html && exec httpd -f -p " + PORT + " -h /www");
		assertEquals(0, run.status(), run.output());
		String container = run.output().lines().filter(l -> l.matches("[0-9a-f]{64}")).findFirst()
				.orElseThrow(() -> new AssertionError("no container id: " + run.output()));
		try {
			return hosts.httpGet(1, "http://" + hosts.address(2) + ":" + PORT + "/");
		} finally {
			Processes.Result removed = hosts.ssh(2, "podman", "rm", "-f", "-t", "0", container);
			assertEquals(0, removed.status(), removed.output());
		}
	}

	private static Processes.Result ansible(TestHosts hosts, Path ansible, Path inventory, String... args)
			throws Exception {
		List<String> command = new ArrayList<>(List.of(ansible.toString(), "all", "-i", inventory.toString(), "-o"));
		command.addAll(List.of(args));
		return Processes.run(inventory.getParent(), hosts.ansibleEnvironment(), command);
	}
}
