package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.ComposeRun;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.RandomModel;
import dev.berth.tests.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models generated at random within the grammar that validate without error give Compose,
 * HAProxy, domain and network files that {@code docker-compose config}, {@code haproxy -c} and
 * libvirt's test driver ({@code virsh define}, {@code net-define}) accept. Seeds are fixed
 * so a failure is reproducible; {@code -Dberth.randomSeed=N} starts from another one.
 */
class RandomModelsToolTest {

	private static final int MODELS = 40;

	@TempDir
	Path dir;

	@Test
	void everyValidModelGivesFilesTheToolsAccept() throws Exception {
		Path compose = Tools.require("docker-compose", "docker-compose");
		Path haproxy = Tools.require("haproxy", "haproxy");
		Path virsh = Tools.require("virsh", "libvirt-clients");
		long first = Long.getLong("berth.randomSeed", 1);
		int valid = 0;
		for (long seed = first; seed < first + MODELS; seed++) {
			Path folder = dir.resolve("seed-" + seed);
			Path model = RandomModel.write(seed, folder);
			CliRun validate = CliRun.of("validate", model.toString());
			if (validate.status() != 0) {
				assertEquals(1, validate.status(), "seed " + seed + ": " + validate.out() + validate.err());
				continue;
			}
			valid++;
			Path out = folder.resolve("out");
			CliRun generate = CliRun.of("generate", "-t", "docker", "-t", "libvirt", "-o", out.toString(), model.toString());
			assertEquals(0, generate.status(), "seed " + seed + ": " + generate.out() + generate.err());
			ComposeRun.stage(model, out);
			for (Path file : files(out, "docker", "compose.yaml")) {
				Processes.Result result = Processes.run(file.getParent(), ComposeRun.environment(file),
						List.of(compose.toString(), "-f", file.toString(), "config"));
				assertEquals(0, result.status(), "seed " + seed + ", " + file + ": " + result.output() + "\n"
						+ Files.readString(model));
			}
			for (Path file : files(out, "libvirt", ".xml")) {
				String name = file.getFileName().toString().replace(".xml", "");
				String command = file.getParent().getFileName().toString().equals("networks")
						? "net-define " + file + "; net-start " + name : "define " + file + "; dominfo " + name;
				Processes.Result result = Processes.run(folder, virsh.toString(), "-c", "test:///default", command);
				assertEquals(0, result.status(), "seed " + seed + ", " + file + ": " + result.output() + "\n"
						+ Files.readString(model));
			}
			for (Path file : files(out, "docker", ".haproxy.cfg")) {
				Processes.Result result = Processes.run(folder, haproxy.toString(), "-c", "-f", file.toString());
				assertEquals(0, result.status(), "seed " + seed + ", " + file + ": " + result.output() + "\n"
						+ Files.readString(model));
			}
		}
		assertTrue(valid >= MODELS / 2, "only " + valid + " of " + MODELS + " random models validate; the generator "
				+ "of models has drifted from the rules");
	}

	private static List<Path> files(Path out, String target, String suffix) throws Exception {
		if (!Files.isDirectory(out.resolve(target))) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(out.resolve(target))) {
			return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
	}
}
