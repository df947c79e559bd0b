package dev.berth.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report opens in a real browser with its charts, fetches nothing, and Graphviz accepts the DOT file. */
class ReportRenderingTest {

	private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--enable-logging=stderr", "--v=0");

	@TempDir
	Path out;

	@BeforeEach
	void generate() {
		CliRun run = CliRun.of("generate", "-t", "analysis", "-t", "diagram", "-o", out.toString(),
				Project.path("examples/mixed-estate").toString());
		assertEquals(0, run.status(), run.err());
	}

	@Test
	void theReportIsSelfContained() throws Exception {
		String html = Files.readString(out.resolve("analysis/report.html"));
		assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "the report fetches nothing");
		assertFalse(html.contains("<script"), "the report needs no script");
		assertTrue(html.contains("<svg class=\"chart\""));
		assertTrue(html.contains("<rect class=\"machine\""), "the topology is embedded");
	}

	@Test
	void chromiumRendersTheReportWithItsChartsAndNoConsoleError() throws Exception {
		Path chromium = Tools.require("chromium", "chromium");
		Path report = out.resolve("analysis/report.html");
		Path profile = Files.createDirectories(out.resolve("profile"));
		List<String> dump = new ArrayList<>(List.of(chromium.toString()));
		dump.addAll(CHROMIUM_FLAGS);
		dump.addAll(List.of("--user-data-dir=" + profile, "--dump-dom", report.toUri().toString()));
		Processes.Result dom = Processes.run(out, Map.of(), dump);
		assertEquals(0, dom.status(), dom.output());
		assertTrue(dom.output().contains("class=\"bar\""), "the charts have bars");
		assertEquals(6, dom.output().split("<svg class=\"chart\"", -1).length - 1, "a chart per machine and the site's");
		assertFalse(dom.output().contains("CONSOLE"), dom.output());
		Path screenshot = out.resolve("report.png");
		List<String> shoot = new ArrayList<>(List.of(chromium.toString()));
		shoot.addAll(CHROMIUM_FLAGS);
		shoot.addAll(List.of("--user-data-dir=" + profile, "--window-size=1200,1600", "--screenshot=" + screenshot,
				report.toUri().toString()));
		Processes.Result shot = Processes.run(out, Map.of(), shoot);
		assertEquals(0, shot.status(), shot.output());
		assertTrue(Files.size(screenshot) > 20_000, "the screenshot shows a rendered page");
	}

	@Test
	void graphvizAcceptsTheDiagram() throws Exception {
		Path dot = Tools.require("dot", "graphviz");
		Processes.Result result = Processes.run(out, dot.toString(), "-Tsvg", "-o", out.resolve("dot.svg").toString(),
				out.resolve("diagram/topology.dot").toString());
		assertEquals(0, result.status(), result.output());
		assertTrue(Files.readString(out.resolve("dot.svg")).contains("host kvm1"));
	}
}
