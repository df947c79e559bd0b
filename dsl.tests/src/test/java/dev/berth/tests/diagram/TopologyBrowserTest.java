package dev.berth.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.generator.Target;
import dev.berth.tests.support.Generated;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Headless Chromium renders the topology SVG of each example with every label inside its box as the browser
 * measures the text, and takes a screenshot to look at, kept as {@code dsl.tests/target/screenshots/topology-EXAMPLE.png}.
 */
class TopologyBrowserTest {

	private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--hide-scrollbars");
	/** Reports, below the drawing, the labels whose rendered text leaves the box drawn just before them. */
	private static final String MEASURE = """
			<script>
			const outside = []; let box = null;
			for (const e of document.querySelectorAll('svg > rect, svg > text')) {
			  if (e.tagName === 'rect') { box = e.getBBox(); continue; }
			  if (e.classList.contains('note')) continue;
			  const t = e.getBBox();
			  if (t.x < box.x || t.y < box.y || t.x + t.width > box.x + box.width || t.y + t.height > box.y + box.height)
			    outside.push(e.textContent);
			}
			const result = document.createElement('pre');
			result.textContent = 'labels outside their boxes: ' + (outside.length ? outside.join(' | ') : 'none');
			document.body.appendChild(result);
			</script>""";

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "webshop", "mixed-estate" })
	void chromiumDrawsTheDiagramWithEveryLabelInsideItsBox(String example) throws Exception {
		Path chromium = Tools.require("chromium", "chromium");
		String svg = Generated.of(Project.path("examples/" + example), Target.DIAGRAM).get("diagram/topology.svg").content();
		Path page = Files.writeString(dir.resolve("page.html"), "<!doctype html><html><body style=\"margin:0\">" + svg
				+ MEASURE + "</body></html>");
		Processes.Result dom = chromium(chromium, "--dump-dom", page.toUri().toString());
		assertEquals(0, dom.status(), dom.output());
		assertTrue(dom.output().contains("<pre>labels outside their boxes: none</pre>"), dom.output());
		Path drawing = Files.writeString(dir.resolve("topology.svg"), svg);
		Path screenshot = Files.createDirectories(Project.path("dsl.tests/target/screenshots"))
				.resolve("topology-" + example + ".png");
		Files.deleteIfExists(screenshot);
		Matcher size = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"").matcher(svg);
		assertTrue(size.find());
		Processes.Result shot = chromium(chromium, "--window-size=" + size.group(1) + "," + size.group(2),
				"--screenshot=" + screenshot, drawing.toUri().toString());
		assertEquals(0, shot.status(), shot.output());
		assertTrue(Files.size(screenshot) > 10_000, "the screenshot shows a drawing");
		assertFalse(shot.output().contains("CONSOLE"), shot.output());
	}

	private Processes.Result chromium(Path chromium, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(chromium.toString()));
		command.addAll(CHROMIUM_FLAGS);
		command.add("--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
		command.addAll(List.of(arguments));
		return Processes.run(dir, Map.of(), command);
	}
}
