package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth generate}: nothing on errors, targets, and a second run that changes no byte. */
class GenerateCommandTest {

	@TempDir
	Path dir;

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
		}
	}

	@Test
	void aModelWithErrorsWritesNothing() throws IOException {
		Path model = dir.resolve("bad.berth");
		Files.writeString(model, "deployment d\nvm v on nowhere { }\n");
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("generate", "-o", out.toString(), model.toString());
		assertEquals(1, run.status());
		assertTrue(run.out().contains("[reference.unresolved]"), run.out());
		assertEquals(List.of("berth: the model has errors; nothing was written"), run.errLines());
		assertFalse(Files.exists(out));
	}

	@Test
	void theWholeSiteAndThenNoByteChanged() throws IOException {
		Path out = dir.resolve("out");
		CliRun first = CliRun.of("generate", "-o", out.toString(), Project.path("examples/mixed-estate").toString());
		assertEquals(0, first.status(), first.err());
		List<String> written = files(out);
		assertTrue(written.containsAll(List.of("ansible/deploy.yaml", "ansible/destroy.yaml", "ansible/inventory.yaml",
				"ansible/host_vars/kvm1.yaml", "docker/kvm1/compose.yaml", "docker/kvm2/api-lb.haproxy.cfg",
				"libvirt/kvm1/pg.xml", "libvirt/kvm1/networks/apps.xml", "libvirt/esx1/erp.xml",
				"docker/worker/compose.yaml")), written::toString);
		CliRun second = CliRun.of("generate", "-o", out.toString(), Project.path("examples/mixed-estate").toString());
		assertEquals(0, second.status());
		assertTrue(second.err().contains(": 0 written, " + (written.size() - 1) + " unchanged, 0 removed"), second.err());
	}

	@Test
	void aTargetLimitsTheOutputAndDropsTheRest() throws IOException {
		Path out = dir.resolve("out");
		String model = Project.path("examples/webshop").toString();
		assertEquals(0, CliRun.of("generate", "-o", out.toString(), model).status());
		CliRun docker = CliRun.of("generate", "--target", "docker", "-o", out.toString(), model);
		assertEquals(0, docker.status());
		assertTrue(files(out).stream().allMatch(p -> p.startsWith("docker/") || p.equals(".berth-manifest")),
				files(out)::toString);
	}

	@Test
	void missingVmFilesBesideTheModelAreWarnedAbout() throws IOException {
		Path model = dir.resolve("site.berth");
		Files.writeString(model, """
				deployment d
				host h { hypervisor kvm runtime docker }
				vm v on h { disk root 1 GiB image "images/v.qcow2" }
				container c on h { image "a:1" memory 64 MiB user "1" volume "./www" -> "/www" volume "/srv/data" -> "/data"
				    volume "named" -> "/named" }
				""");
		Files.createDirectories(dir.resolve("www"));
		CliRun run = CliRun.of("generate", "-o", dir.resolve("out").toString(), model.toString());
		assertEquals(0, run.status(), run.err());
		List<String> warnings = run.errLines().stream().filter(l -> l.startsWith("berth: warning: ")).toList();
		assertEquals(List.of("berth: warning: " + dir.resolve("images/v.qcow2") + " does not exist; the deployment copies it "
				+ "to /var/lib/libvirt/images/berth/v/root.qcow2 for vm v"), warnings);
	}

	@Test
	void anUnknownTargetIsAUsageError() {
		assertEquals(2, CliRun.of("generate", "--target", "kubernetes", Project.path("examples/webshop").toString())
				.status());
	}

	@Test
	void aForeignFileInTheWayExitsTwoAndStaysIntact() throws IOException {
		Path out = dir.resolve("out");
		Files.createDirectories(out);
		Files.createDirectories(out.resolve("ansible"));
		Files.writeString(out.resolve("ansible/deploy.yaml"), "my own playbook\n");
		CliRun run = CliRun.of("generate", "-o", out.toString(), Project.path("examples/webshop").toString());
		assertEquals(2, run.status());
		assertTrue(run.err().contains("berth did not write it"), run.err());
		assertEquals("my own playbook\n", Files.readString(out.resolve("ansible/deploy.yaml")));
	}
}
