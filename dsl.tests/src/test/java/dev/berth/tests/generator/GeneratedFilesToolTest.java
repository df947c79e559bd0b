package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.ComposeRun;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every generated file of both examples passes the real tool that reads it. */
class GeneratedFilesToolTest {

	@TempDir
	Path out;

	private List<Path> generate(String example, String glob) throws IOException {
		CliRun run = CliRun.of("generate", "-o", out.toString(), Project.path("examples/" + example).toString());
		assertEquals(0, run.status(), run.out() + run.err());
		var matcher = out.getFileSystem().getPathMatcher("glob:" + glob);
		try (Stream<Path> walk = Files.walk(out)) {
			List<Path> files = walk.filter(p -> matcher.matches(out.relativize(p))).sorted().toList();
			assertFalse(files.isEmpty(), "no file matches " + glob);
			return files;
		}
	}

	private static void assertAccepted(Processes.Result result, Object what) {
		assertEquals(0, result.status(), what + ": " + result.output());
	}

	@ParameterizedTest
	@ValueSource(strings = { "webshop", "mixed-estate" })
	void domainsPassLibvirtsSchemaAndTheTestDriver(String example) throws Exception {
		Path validate = Tools.require("virt-xml-validate", "libvirt-clients and libxml2-utils");
		Path virsh = Tools.require("virsh", "libvirt-clients");
		for (Path domain : generate(example, "libvirt/*/*.xml")) {
			assertAccepted(Processes.run(out, validate.toString(), domain.toString(), "domain"), domain);
			String name = domain.getFileName().toString().replace(".xml", "");
			assertAccepted(Processes.run(out, virsh.toString(), "-c", "test:///default",
					"define " + domain + "; start " + name + "; dominfo " + name), domain);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "webshop", "mixed-estate" })
	void networksPassLibvirtsSchemaAndTheTestDriver(String example) throws Exception {
		Path validate = Tools.require("virt-xml-validate", "libvirt-clients and libxml2-utils");
		Path virsh = Tools.require("virsh", "libvirt-clients");
		for (Path network : generate(example, "libvirt/*/networks/*.xml")) {
			assertAccepted(Processes.run(out, validate.toString(), network.toString(), "network"), network);
			String name = network.getFileName().toString().replace(".xml", "");
			assertAccepted(Processes.run(out, virsh.toString(), "-c", "test:///default",
					"net-define " + network + "; net-start " + name), network);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "webshop", "mixed-estate" })
	void composeFilesPassDockerCompose(String example) throws Exception {
		Path compose = Tools.require("docker-compose", "docker-compose");
		List<Path> files = generate(example, "docker/*/compose.yaml");
		ComposeRun.stage(Project.path("examples/" + example), out);
		for (Path file : files) {
			assertAccepted(Processes.run(file.getParent(), ComposeRun.environment(file),
					List.of(compose.toString(), "-f", file.toString(), "config")), file);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "webshop", "mixed-estate" })
	void haproxyConfigurationsPassHaproxy(String example) throws Exception {
		Path haproxy = Tools.require("haproxy", "haproxy");
		for (Path file : generate(example, "docker/*/*.haproxy.cfg")) {
			assertAccepted(Processes.run(out, haproxy.toString(), "-c", "-f", file.toString()), file);
		}
	}
}
