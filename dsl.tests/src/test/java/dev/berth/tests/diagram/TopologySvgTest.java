package dev.berth.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.diagram.TopologySvg;
import dev.berth.tests.support.Generated;
import dev.berth.tests.support.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The topology SVG draws an edge per relation between the right boxes, nests workloads in their machines, and
 * keeps labels and boxes apart.
 */
class TopologySvgTest {

	private static final String SMALL = """
			deployment small
			host h1 { cpu 8 cores memory 32 GiB os linux hypervisor kvm runtime docker }
			host h2 { cpu 8 cores memory 32 GiB os linux runtime docker }
			network lan { subnet "10.1.0.0/24" }
			vm db on h1 { os linux vcpu 2 memory 2 GiB disk root 10 GiB network lan }
			container api on h1, h2 {
			    image "nginx:1.27.2" replicas 2 memory 128 MiB user "1000" port 8081 -> 80
			    network lan depends on db
			}
			balancer front on h2 { listen 8080 targets api:80 }
			""";

	@TempDir
	Path dir;

	@Test
	void everyRelationIsAnEdgeBetweenTheBordersOfItsBoxes() throws Exception {
		SvgShapes svg = SvgShapes.parse(render(small()));
		assertEquals(List.of("attach container:api@h1 -> network:lan", "attach container:api@h2 -> network:lan",
				"attach vm:db -> network:lan", "balances balancer:front -> container:api@h1",
				"balances balancer:front -> container:api@h2", "depends container:api@h1 -> vm:db",
				"depends container:api@h2 -> vm:db"), svg.edges().stream().map(SvgShapes.Edge::relation).sorted().toList());
		assertEdgesEndOnTheirBoxes(svg);
	}

	@Test
	void workloadsAreDrawnInsideTheMachinesTheyArePlacedOn() throws Exception {
		SvgShapes svg = SvgShapes.parse(render(small()));
		assertTrue(svg.boxes().get("host:h1").contains(svg.boxes().get("vm:db")));
		assertTrue(svg.boxes().get("host:h1").contains(svg.boxes().get("container:api@h1")));
		assertTrue(svg.boxes().get("host:h2").contains(svg.boxes().get("container:api@h2")));
		assertTrue(svg.boxes().get("host:h2").contains(svg.boxes().get("balancer:front")));
		assertFalse(svg.boxes().get("host:h1").overlaps(svg.boxes().get("network:lan")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "webshop", "mixed-estate" })
	void examplesHaveTheirEdgesOnTheBoxesNoOverlapAndLabelsInside(String example) throws Exception {
		String text = render(Project.path("examples/" + example));
		assertEquals(text, render(Project.path("examples/" + example)), "the same model gives the same drawing");
		SvgShapes svg = SvgShapes.parse(text);
		assertFalse(svg.edges().isEmpty());
		assertEdgesEndOnTheirBoxes(svg);
		List<SvgShapes.Box> boxes = List.copyOf(svg.boxes().values());
		for (SvgShapes.Box a : boxes) {
			for (SvgShapes.Box b : boxes) {
				assertTrue(a == b || a.contains(b) || b.contains(a) || !a.overlaps(b), a + " overlaps " + b);
			}
		}
		for (SvgShapes.Label label : svg.labels().stream().filter(l -> l.box() != null).toList()) {
			SvgShapes.Box box = label.box();
			assertTrue(label.x() > box.x() && label.x() + 7 * label.text().length() < box.x() + box.width()
					&& label.y() > box.y() && label.y() < box.y() + box.height(), label + " lies outside its box");
		}
	}

	private static void assertEdgesEndOnTheirBoxes(SvgShapes svg) {
		for (SvgShapes.Edge edge : svg.edges()) {
			assertTrue(svg.boxes().get(edge.source()).hasOnBorder(edge.points().get(0)), edge.relation() + " starts off its box");
			assertTrue(svg.boxes().get(edge.target()).hasOnBorder(edge.points().get(edge.points().size() - 1)),
					edge.relation() + " ends off its box");
		}
	}

	private Path small() throws Exception {
		return Files.writeString(dir.resolve("small.berth"), SMALL);
	}

	private static String render(Path model) {
		return TopologySvg.render(Generated.site(model));
	}
}
