package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.generator.GeneratedFile;
import dev.berth.generator.Target;
import dev.berth.tests.support.AnsibleData;
import dev.berth.tests.support.Generated;
import dev.berth.tests.support.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ansible files: waves, inventory addresses and connections, host_vars as data Ansible never templates, no secret values. */
class AnsibleGeneratorTest {

	private static final String HOSTILE = "{{ lookup('pipe','id') }}";

	@TempDir
	Path dir;

	private Map<String, GeneratedFile> generate(String model) throws IOException {
		Path file = dir.resolve("site.berth");
		Files.writeString(file, model);
		return Generated.of(file, Target.ANSIBLE);
	}

	private static Map<String, Object> yaml(Map<String, GeneratedFile> files, String path) {
		return AnsibleData.load(files.get(path).content());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> groups(Map<String, GeneratedFile> files) {
		return (Map<String, Object>) ((Map<String, Object>) yaml(files, "ansible/inventory.yaml").get("all")).get("children");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theMixedEstateDeploysInTwoWavesAndDestroysInReverse() {
		Map<String, GeneratedFile> files = Generated.of(Project.path("examples/mixed-estate"));
		Map<String, Object> groups = groups(files);
		assertEquals(Map.of("hosts", Map.of("kvm1", Map.of(), "win1", Map.of())), groups.get("berth_wave_1"));
		assertEquals(Map.of("hosts", Map.of("kvm2", Map.of(), "esx1", Map.of(), "worker", Map.of())), groups.get("berth_wave_2"));
		assertEquals(List.of("kvm1"), yaml(files, "ansible/host_vars/kvm2.yaml").get("berth_depends_on"));
		assertEquals(List.of("win1"), yaml(files, "ansible/host_vars/esx1.yaml").get("berth_depends_on"));
		assertEquals("kvm1", yaml(files, "ansible/host_vars/worker.yaml").get("berth_vm_host"));
		List<Map<String, Object>> deploy = AnsibleData.load(files.get("ansible/deploy.yaml").content());
		List<Map<String, Object>> destroy = AnsibleData.load(files.get("ansible/destroy.yaml").content());
		assertEquals(List.of("berth_wave_1", "berth_wave_2"), deploy.stream().map(play -> play.get("hosts")).toList());
		assertEquals(List.of("berth_wave_2", "berth_wave_1"), destroy.stream().map(play -> play.get("hosts")).toList());
		assertEquals(false, deploy.get(0).get("gather_facts"));
		assertEquals(Map.of("berth_purge_data", false), destroy.get(0).get("vars"));
	}

	@Test
	void aDependencyOnAnotherMachinesContainerWaitsForThatMachine() throws IOException {
		Map<String, GeneratedFile> files = generate("""
				deployment d
				host b { runtime podman }
				host a { runtime docker }
				host idle { runtime docker }
				container y on b { image "y:1" memory 64 MiB user "1" depends on x healthy }
				container x on a { image "x:1" memory 64 MiB user "1" healthcheck "true" }
				""");
		Map<String, Object> groups = groups(files);
		assertEquals(Map.of("hosts", Map.of("a", Map.of())), groups.get("berth_wave_1"));
		assertEquals(Map.of("hosts", Map.of("b", Map.of())), groups.get("berth_wave_2"));
		assertEquals(List.of("a"), yaml(files, "ansible/host_vars/b.yaml").get("berth_depends_on"));
		assertFalse(files.containsKey("ansible/host_vars/idle.yaml"), "a machine with nothing to deploy is left out");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theInventoryHasEachAddressAsWrittenAndTheConnection() throws IOException {
		Map<String, GeneratedFile> files = generate("""
				deployment d
				host six { runtime podman address "fd00::5" }
				host here { runtime podman address "localhost" connection local }
				container c on six, here { image "c:1" memory 64 MiB user "1" replicas 2 }
				""");
		Map<String, Object> hosts = (Map<String, Object>) ((Map<String, Object>) yaml(files, "ansible/inventory.yaml")
				.get("all")).get("hosts");
		assertEquals(Map.of("ansible_host", "fd00::5", "ansible_connection", "ssh"), hosts.get("six"));
		assertEquals(Map.of("ansible_host", "localhost", "ansible_connection", "local"), hosts.get("here"));
	}

	@Test
	void esxiIsDrivenFromTheDeployingMachineWithItsIpv6AddressInBrackets() throws IOException {
		Map<String, GeneratedFile> files = generate("""
				deployment d
				host e { os esxi hypervisor esxi storage "ds1" address "fd00::7" }
				host k { hypervisor kvm address "10.0.0.2" }
				vm ev on e { disk root 8 GiB }
				vm kv on k { disk root 8 GiB }
				""");
		assertEquals(Map.of("uri", "esx://[fd00::7]", "delegate_to", "localhost"),
				yaml(files, "ansible/host_vars/e.yaml").get("berth_libvirt"));
		assertEquals(List.of(), yaml(files, "ansible/host_vars/e.yaml").get("berth_disks"));
		assertEquals(Map.of("uri", "qemu:///system", "delegate_to", "k"),
				yaml(files, "ansible/host_vars/k.yaml").get("berth_libvirt"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void userTextIsDataAnsibleNeverTemplates() throws IOException {
		Map<String, GeneratedFile> files = generate("""
				deployment d
				host h { runtime podman }
				secret s from env "S"
				container c on h {
				    image "c:1" memory 64 MiB user "1"
				    env A = "%s"
				    label "x" = "%s"
				    command ["sh", "-c", "%s"]
				    secret s
				}
				""".formatted(HOSTILE, HOSTILE, HOSTILE));
		String text = files.get("ansible/host_vars/h.yaml").content();
		assertEquals(List.of(), AnsibleData.templatedValues(text));
		assertEquals(List.of(), AnsibleData.templatedValues(files.get("ansible/inventory.yaml").content()));
		Map<String, Object> container = ((List<Map<String, Object>>) AnsibleData.<Map<String, Object>>load(text)
				.get("berth_containers")).get(0);
		assertEquals(HOSTILE, ((Map<String, Object>) container.get("env")).get("A"));
		assertEquals(HOSTILE, ((Map<String, Object>) container.get("label")).get("x"));
		assertEquals(List.of("sh", "-c", HOSTILE), container.get("command"));
		assertEquals(List.of("/var/lib/berth/h/secrets/s:/run/secrets/s:ro"), container.get("volume"));
	}

	/** Podman takes a sandbox as its global {@code --runtime}, by the names its containers.conf gives them. */
	@Test
	@SuppressWarnings("unchecked")
	void aSandboxRunsUnderPodmansRuntimeOfThatName() throws IOException {
		Map<String, GeneratedFile> files = generate("""
				deployment d
				host h { runtime podman }
				container g on h { image "g:1" memory 64 MiB user "1" sandbox gvisor }
				container k on h { image "k:1" memory 64 MiB user "1" sandbox kata }
				container f on h { image "f:1" memory 64 MiB user "1" sandbox kata-fc }
				container p on h { image "p:1" memory 64 MiB user "1" }
				""");
		List<Map<String, Object>> containers = (List<Map<String, Object>>) yaml(files, "ansible/host_vars/h.yaml")
				.get("berth_containers");
		Map<String, Object> byName = new HashMap<>();
		containers.forEach(container -> byName.put((String) container.get("name"), container.get("cmd_args")));
		assertEquals(List.of("--runtime", "runsc"), byName.get("g"));
		assertEquals(List.of("--runtime", "kata"), byName.get("k"));
		assertEquals(List.of("--runtime", "kata-fc"), byName.get("f"));
		assertEquals(null, byName.get("p"), "no sandbox, Podman's default runtime");
	}

	@Test
	@SuppressWarnings("unchecked")
	void secretValuesNeverReachAFile() throws IOException {
		Files.writeString(dir.resolve("pw.txt"), "TOP-SECRET-VALUE\n");
		Map<String, GeneratedFile> files = generate("""
				deployment d
				host h { runtime podman }
				secret pw from file "pw.txt"
				container c on h { image "c:1" memory 64 MiB user "1001" secret pw }
				""");
		files.values().forEach(file -> assertFalse(file.content().contains("TOP-SECRET-VALUE"), file.path()));
		List<Map<String, Object>> secrets = (List<Map<String, Object>>) yaml(files, "ansible/host_vars/h.yaml")
				.get("berth_secrets");
		assertEquals(List.of(Map.of("kind", "file", "name", "/var/lib/berth/h/secrets/pw", "src",
				dir.resolve("pw.txt").toString(), "owner", "1001")), secrets);
	}

	@Test
	void everyResourceTaskLabelsItsItemsByKindAndName() throws IOException {
		Map<String, GeneratedFile> files = Generated.of(Project.path("examples/webshop"));
		for (GeneratedFile file : files.values()) {
			if (file.path().startsWith("ansible/tasks/")) {
				List<Map<String, Object>> tasks = AnsibleData.load(file.content());
				for (Map<String, Object> task : tasks) {
					if (task.containsKey("loop") && !task.containsKey("no_log") && task.get("loop_control") == null) {
						assertTrue(List.of("waits", "environment", "list containers", "list volumes", "read vms",
								"read libvirt networks").contains(task.get("name")), file.path() + ": " + task.get("name"));
					}
				}
			}
		}
		assertTrue(files.get("ansible/tasks/deploy-machine.yaml").content().contains("- name: survey"));
	}
}
