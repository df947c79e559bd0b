package dev.berth.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.RandomModel;
import dev.berth.tests.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graphviz's {@code dot -Tsvg} renders the DOT file of random valid models without complaint, both the general
 * random models and ones shaped for the diagram (Graphviz 2.42 failed with "trouble in init_rank" on labelled edges
 * across clusters until the DOT asked for {@code newrank}). Seeds are fixed; {@code -Dberth.randomSeed=N} starts
 * from another one.
 */
class TopologyDotToolTest {

	private static final int MODELS = 50;

	@TempDir
	Path dir;

	private interface Models {
		Path write(long seed, Path folder) throws Exception;
	}

	@Test
	void dotRendersTheDiagramOfEveryValidRandomModel() throws Exception {
		assertDotRenders(RandomModel::write);
	}

	@Test
	void dotRendersTheDiagramOfEveryValidRandomTopology() throws Exception {
		assertDotRenders(RandomTopology::write);
	}

	private void assertDotRenders(Models models) throws Exception {
		Path dot = Tools.require("dot", "graphviz");
		long first = Long.getLong("berth.randomSeed", 1);
		int valid = 0;
		for (long seed = first; seed < first + MODELS; seed++) {
			Path folder = dir.resolve("seed-" + seed);
			Path model = models.write(seed, folder);
			Path out = folder.resolve("out");
			if (CliRun.of("generate", "-t", "diagram", "-o", out.toString(), model.toString()).status() != 0) {
				continue;
			}
			valid++;
			Path file = out.resolve("diagram/topology.dot");
			Processes.Result result = Processes.run(folder, dot.toString(), "-Tsvg", "-o", folder.resolve("dot.svg").toString(),
					file.toString());
			String context = "seed " + seed + ": " + result.output() + "\n" + Files.readString(model);
			assertEquals(0, result.status(), context);
			assertFalse(result.output().contains("trouble"), context);
		}
		assertTrue(valid >= MODELS / 2, "only " + valid + " of " + MODELS + " random models validate");
	}
}
