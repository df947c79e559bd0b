package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated playbooks pass {@code ansible-playbook --syntax-check} and {@code ansible-lint}, and
 * their tasks run in check mode against this machine's Podman, creating nothing.
 */
class AnsiblePlaybookToolTest {

	private static final Path LINT_CONFIG = Project.path("dsl.tests/src/test/resources/ansible/ansible-lint.yaml");

	@TempDir
	Path out;

	private Path generate(Path model) {
		CliRun run = CliRun.of("generate", "-o", out.toString(), model.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		return out.resolve("ansible");
	}

	@ParameterizedTest
	@ValueSource(strings = { "webshop", "mixed-estate" })
	void playbooksPassSyntaxCheckAndLint(String example) throws Exception {
		Path playbook = Tools.require("ansible-playbook", "ansible");
		Path lint = Tools.require("ansible-lint", "ansible-lint");
		Path ansible = generate(Project.path("examples/" + example));
		Map<String, String> environment = Map.of("ANSIBLE_NOCOLOR", "1", "HOME", out.toString());
		for (String file : List.of("deploy.yaml", "destroy.yaml")) {
			Processes.Result check = Processes.run(ansible, environment,
					List.of(playbook.toString(), "--syntax-check", "-i", "inventory.yaml", file));
			assertEquals(0, check.status(), file + ": " + check.output());
		}
		Processes.Result linted = Processes.run(ansible, environment, List.of(lint.toString(), "--nocolor", "-c",
				LINT_CONFIG.toString(), "deploy.yaml", "destroy.yaml"));
		assertEquals(0, linted.status(), linted.output());
	}

	@Test
	void checkModeRunsEveryTaskAgainstPodmanAndCreatesNothing() throws Exception {
		Path playbook = Tools.require("ansible-playbook", "ansible");
		Path podman = Tools.require("podman", "podman");
		String id = "check" + UUID.randomUUID().toString().substring(0, 8);
		Path model = out.resolve("model/site.berth");
		Files.createDirectories(model.resolveSibling("ctx"));
		Files.writeString(model.resolveSibling("ctx/Dockerfile"), "FROM scratch\n");
		Files.writeString(model.resolveSibling("pw.txt"), "pw\n");
		Files.writeString(model, """
				deployment %s
				host %s { runtime podman address "localhost" connection local }
				network %snet { subnet "10.89.211.0/24" }
				secret pw from file "pw.txt"
				container db on %s {
				    image "localhost/%s:1" memory 64 MiB user "1000"
				    env HOSTILE = "{{ lookup('pipe','id') }}"
				    env URL from env "BERTH_CHECK_URL"
				    secret pw
				    network %snet
				    volume "%sdata" -> "/data"
				    healthcheck "true" every 1 s
				}
				container web on %s { build "./ctx" memory 64 MiB user "1000" network %snet depends on db healthy }
				""".formatted(id, id, id, id, id, id, id, id, id));
		Path ansible = generate(model);
		Processes.Result run = Processes.run(ansible, Map.of("ANSIBLE_NOCOLOR", "1", "BERTH_CHECK_URL", "http://x"),
				List.of(playbook.toString(), "--check", "-i", "inventory.yaml", "deploy.yaml"));
		assertEquals(0, run.status(), run.output());
		String network = "berth-" + id + "_" + id + "net";
		assertTrue(run.output().contains("changed: [" + id + "] => (item=network " + network + ")"), run.output());
		assertTrue(run.output().contains("changed: [" + id + "] => (item=container web)"), run.output());
		assertTrue(run.output().contains("failed=0"), run.output());
		assertFalse(Files.exists(Path.of("/var/lib/berth", id)), "check mode copies nothing");
		Processes.Result networks = Processes.run(out, podman.toString(), "network", "ls", "--format", "{{.Name}}");
		assertFalse(networks.output().contains(id + "net"), networks.output());
	}
}
