package dev.berth.analysis;

import dev.berth.berth.Machine;
import dev.berth.model.Sizes;
import java.util.List;
import java.util.Map;

/** {@code report.html}: one self-contained page (no fetches) with charts per machine, tables, the topology and sources. */
public final class ReportHtml {

	private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:"
			+ "collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
			+ ".switch{color:#2b7a0b;font-weight:bold}.keep{color:#444}.topology svg{max-width:100%;height:auto}";

	private ReportHtml() {
	}

	/** The page; {@code topologySvg} is embedded as it is when given (it comes from the diagram renderer). */
	public static String render(SiteAnalysis analysis, String topologySvg) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<title>VM or container: the comparison</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
		html.append("<h1>VM or container: the comparison</h1>\n<p>For every workload, the form it has in the model beside ")
				.append("the other form on the same machine. Bars show use against capacity: blue as modelled, green with ")
				.append("the recommended forms, red over capacity.</p>\n");
		Map<Machine, List<Comparison>> byMachine = analysis.comparisonsByMachine();
		for (MachineUse use : analysis.machines()) {
			html.append("<section class=\"machine\">\n<h2>").append(Html.escape(WorkloadComparer.describe(use.machine())))
					.append("</h2>\n").append(UtilisationChart.render(use)).append('\n');
			html.append("<table>\n<tr><th>workload</th><th>now</th><th>other form</th><th>recommendation</th></tr>\n");
			for (Comparison comparison : byMachine.getOrDefault(use.machine(), List.of())) {
				row(html, comparison);
			}
			html.append("</table>\n</section>\n");
		}
		MachineUse totals = analysis.totals();
		html.append("<section class=\"site\">\n<h2>The site (totals over its hosts)</h2>\n")
				.append(UtilisationChart.render(totals)).append("\n</section>\n");
		if (topologySvg != null) {
			html.append("<h2>Topology</h2>\n<div class=\"topology\">").append(topologySvg).append("</div>\n");
		}
		html.append("<h2>Sources</h2>\n<ul>\n");
		analysis.coefficients().sources().forEach(source -> html.append("<li>").append(Html.escape(source)).append("</li>\n"));
		return html.append("</ul>\n</body>\n</html>\n").toString();
	}

	private static void row(StringBuilder html, Comparison comparison) {
		html.append("<tr><td>").append(Html.escape(comparison.workload().eClass().getName().toLowerCase() + " "
				+ comparison.workload().getName())).append(comparison.instances() > 1 ? " &times; " + comparison.instances()
						: "").append("</td><td>").append(footprint(comparison.current())).append("</td><td>");
		html.append(comparison.alternative().map(ReportHtml::footprint).orElse("impossible"));
		html.append("</td><td><span class=\"").append(comparison.switchForm() ? "switch" : "keep").append("\">")
				.append(Html.escape(comparison.recommendation())).append("</span><ul>");
		comparison.reasons().forEach(reason -> html.append("<li>").append(Html.escape(reason)).append("</li>"));
		html.append("</ul></td></tr>\n");
	}

	private static String footprint(Footprint footprint) {
		return Html.escape(footprint.form() + " (" + footprint.platform() + "): " + Sizes.format(footprint.memoryBytes())
				+ ", " + Decimals.twoPlaces(footprint.cpu()) + " cpu, starts in "
				+ Reasons.duration(footprint.startMillis()) + "; " + footprint.isolation() + "; OS: "
				+ footprint.osFreedom());
	}
}
