package dev.berth.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth analyze} prints an aligned table, and refuses a model with errors. */
class AnalyzeCommandTest {

	@TempDir
	Path dir;

	@Test
	void theMixedEstateAsATable() {
		CliRun run = CliRun.of("analyze", Project.path("examples/mixed-estate").toString());
		assertEquals(0, run.status(), run.err());
		List<String> lines = run.outLines();
		assertTrue(lines.get(0).startsWith("WORKLOAD           MACHINE  NOW                     VM  "), lines.get(0));
		assertTrue(lines.contains("vm ad              win1     vm (hyperv)             16.1 GiB, 30 s (hyperv)  "
				+ "14.0 GiB, 250 ms (docker)     impossible                keep the vm"), run.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("container metrics  worker   container (containerd)  impossible "
				+ "              2.0 GiB, 250 ms (containerd)  2.0 GiB, 300 ms (gvisor)")), run.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("vm worker") && l.contains("impossible")), run.out());
		assertTrue(lines.contains("kvm1: memory 57.7 GiB of 128.0 GiB used, 57.7 GiB with the recommended forms"), run.out());
		assertTrue(lines.get(lines.size() - 1).startsWith("site: memory 141.7 GiB of 544.0 GiB used on its hosts, 141.7 GiB"), run.out());
	}

	@Test
	void aModelWithErrorsIsNotAnalysed() throws Exception {
		Path model = dir.resolve("bad.berth");
		Files.writeString(model, "deployment d\nvm v on nowhere { }\n");
		CliRun run = CliRun.of("analyze", model.toString());
		assertEquals(1, run.status());
		assertTrue(run.out().contains("[reference.unresolved]"), run.out());
	}
}
