package dev.berth.analysis;

import dev.berth.berth.Machine;
import dev.berth.model.Source;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code report.html}: one self-contained page (no fetches): the summary, then per machine its use and a
 * side-by-side chart per workload, then the details with every figure's formula and sources, the topology, the sources.
 */
public final class ReportHtml {

	private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:"
			+ "collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
			+ ".switch{color:#2b7a0b;font-weight:bold}.keep{color:#444}.topology svg{max-width:100%;height:auto}"
			+ ".formula{font-family:monospace;font-size:.85em;color:#333}.now{background:#f3f6fa}"
			+ ".legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:middle}";

	private ReportHtml() {
	}

	/** The page; {@code topologySvg} is embedded as it is when given (it comes from the diagram renderer). */
	public static String render(SiteAnalysis analysis, String topologySvg) {
		SourceList sources = SourceList.of(analysis);
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<title>VM or container: the comparison</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
		html.append("<h1>VM or container: the comparison</h1>\n");
		summary(html, analysis);
		Map<Machine, List<Comparison>> byMachine = analysis.comparisonsByMachine();
		for (MachineUse use : analysis.machines()) {
			machine(html, use, byMachine.getOrDefault(use.machine(), List.of()), sources);
		}
		html.append("<section class=\"site\">\n<h2>The site (totals over its hosts)</h2>\n")
				.append(UtilisationChart.render(analysis.totals())).append("\n</section>\n");
		if (topologySvg != null) {
			html.append("<h2>Topology</h2>\n<div class=\"topology\">").append(topologySvg).append("</div>\n");
		}
		html.append("<h2 id=\"sources\">Sources</h2>\n<ol class=\"sources\">\n");
		for (Source source : sources.sources()) {
			html.append("<li id=\"source-").append(sources.number(source)).append("\">")
					.append(source.kind() == Source.Kind.ESTIMATE ? "<strong>estimate</strong>: " : "")
					.append(Html.escape(source.text()));
			if (source.address() != null) {
				html.append(" <a href=\"").append(Html.escape(source.address())).append("\">")
						.append(Html.escape(source.address())).append("</a>");
			}
			html.append("</li>\n");
		}
		return html.append("</ol>\n</body>\n</html>\n").toString();
	}

	private static void summary(StringBuilder html, SiteAnalysis analysis) {
		html.append("<section class=\"summary\">\n<h2>Summary</h2>\n<h3>What to change</h3>\n<ul>\n");
		Summary.changes(analysis).forEach(change -> html.append("<li>").append(Html.escape(change)).append("</li>\n"));
		html.append("</ul>\n<h3>What it saves, and what more would fit</h3>\n<table>\n<tr><th>machine</th>"
				+ "<th>saves with the recommended forms</th><th>more instances that fit as modelled</th></tr>\n");
		for (MachineUse use : analysis.machines()) {
			html.append("<tr><td>").append(Html.escape(WorkloadComparer.describe(use.machine()))).append("</td><td>")
					.append(Html.escape(Summary.saving(use))).append("</td><td>").append(Html.escape(Summary.density(use)))
					.append("</td></tr>\n");
		}
		html.append("<tr><td>the site (its hosts)</td><td>").append(Html.escape(Summary.saving(analysis.totals())))
				.append("</td><td></td></tr>\n</table>\n<p class=\"legend\">Charts:<span style=\"background:#3b6ea5\">"
						+ "</span>vm<span style=\"background:#6aa84f\"></span>container<span style=\"background:#e69138\">"
						+ "</span>sandboxed container. Isolation: level 1 shared kernel, 2 sandboxed kernel, 3 hardware "
						+ "virtualisation.</p>\n</section>\n");
	}

	private static void machine(StringBuilder html, MachineUse use, List<Comparison> comparisons, SourceList sources) {
		html.append("<section class=\"machine\">\n<h2>").append(Html.escape(WorkloadComparer.describe(use.machine())))
				.append("</h2>\n").append(UtilisationChart.render(use)).append('\n');
		for (Comparison comparison : comparisons) {
			html.append("<section class=\"workload\">\n<h3>").append(Html.escape(Summary.name(comparison.workload())))
					.append(comparison.instances() > 1 ? " &times; " + comparison.instances() : "")
					.append(": <span class=\"").append(comparison.switchForm() ? "switch" : "keep").append("\">")
					.append(Html.escape(comparison.recommendation())).append("</span></h3>\n")
					.append(WorkloadChart.render(comparison)).append('\n');
			details(html, comparison, sources);
			html.append("</section>\n");
		}
		html.append("<h3>Density</h3>\n<ul>\n");
		use.density().forEach(entry -> html.append("<li>").append(Html.escape(entry.workload().getName())).append(": ")
				.append(Html.escape(entry.formula())).append("</li>\n"));
		html.append("</ul>\n</section>\n");
	}

	private static void details(StringBuilder html, Comparison comparison, SourceList sources) {
		List<Footprint> forms = comparison.forms();
		html.append("<table class=\"details\">\n<tr><th></th>");
		forms.forEach(form -> html.append("<th").append(form == comparison.current() ? " class=\"now\">" : ">")
				.append(Html.escape(form.label())).append(form == comparison.current() ? ", now" : "").append("</th>"));
		html.append("</tr>\n");
		figureRow(html, "memory", comparison, Footprint::memory, sources);
		figureRow(html, "cpu", comparison, Footprint::cpu, sources);
		figureRow(html, "disk", comparison, Footprint::disk, sources);
		figureRow(html, "start", comparison, Footprint::start, sources);
		textRow(html, "isolation", comparison, form -> "level " + form.isolationLevel() + ": " + form.isolation());
		textRow(html, "OS", comparison, Footprint::osFreedom);
		html.append("</table>\n<ul class=\"reasons\">\n");
		comparison.reasons().forEach(reason -> html.append("<li>").append(Html.escape(reason)).append("</li>\n"));
		html.append("</ul>\n");
	}

	private static void figureRow(StringBuilder html, String label, Comparison comparison,
			Function<Footprint, Amount> figure, SourceList sources) {
		html.append("<tr><th>").append(label).append("</th>");
		for (Footprint form : comparison.forms()) {
			Amount amount = figure.apply(form);
			html.append(form == comparison.current() ? "<td class=\"now\">" : "<td>").append(Html.escape(amount.text()));
			amount.sources().forEach(source -> html.append(" <a href=\"#source-").append(sources.number(source))
					.append("\">[").append(sources.number(source)).append("]</a>"));
			html.append("<div class=\"formula\">").append(Html.escape(amount.formula())).append("</div></td>");
		}
		html.append("</tr>\n");
	}

	private static void textRow(StringBuilder html, String label, Comparison comparison,
			Function<Footprint, String> text) {
		html.append("<tr><th>").append(label).append("</th>");
		comparison.forms().forEach(form -> html.append(form == comparison.current() ? "<td class=\"now\">" : "<td>")
				.append(Html.escape(text.apply(form))).append("</td>"));
		html.append("</tr>\n");
	}
}
