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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
		assertFalse(html.matches("(?s).*(src=|<link[^>]*href=)\"(https?:)?//.*"), "the report fetches nothing");
		assertFalse(html.contains("<script"), "the report needs no script");
		assertTrue(html.contains("<svg class=\"chart\""));
		assertTrue(html.contains("<rect class=\"machine\""), "the topology is embedded");
	}

	@Test
	void theSummaryComesFirstAndEverySourceListedIsCitedAndEveryCitationListed() throws Exception {
		String html = Files.readString(out.resolve("analysis/report.html"));
		assertTrue(html.indexOf("<section class=\"summary\">") < html.indexOf("<section class=\"machine\">"));
		assertTrue(html.contains("<td>host kvm1</td><td>no change</td><td>2 more pg, 2 more worker, 45 more api</td>"),
				"density in the summary");
		assertEquals(11, html.split("<svg class=\"workload-chart\"", -1).length - 1, "a chart per workload and machine");
		Set<String> cited = new TreeSet<>();
		Matcher citation = Pattern.compile("href=\"#source-(\\d+)\"").matcher(html);
		while (citation.find()) {
			cited.add(citation.group(1));
		}
		Set<String> listed = new TreeSet<>();
		Matcher item = Pattern.compile("<li id=\"source-(\\d+)\">").matcher(html);
		while (item.find()) {
			listed.add(item.group(1));
		}
		assertEquals(listed, cited);
		assertTrue(html.contains("<strong>estimate</strong>: 30 s for a general-purpose VM"), "estimates say so");
		assertTrue(html.contains("<div class=\"formula\">16.0 GiB memory + (hyperv overhead 24 MiB + 8 MiB x 16 GiB = "
				+ "152 MiB) = 16.1 GiB</div>"), "the AD VM's memory with its formula");
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
		assertEquals(11, dom.output().split("<svg class=\"workload-chart\"", -1).length - 1, "a chart per workload");
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
