package dev.berth.cli;

import dev.berth.analysis.AnalysisJson;
import dev.berth.analysis.ReportHtml;
import dev.berth.analysis.ReportMarkdown;
import dev.berth.analysis.SiteAnalysis;
import dev.berth.diagram.TopologyDot;
import dev.berth.diagram.TopologySvg;
import dev.berth.generator.GeneratedFile;
import dev.berth.generator.SiteGenerator;
import dev.berth.generator.Target;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Every file of the chosen targets: the generators' files, the comparison analysis and the diagram. */
public final class SiteOutputs {

	private SiteOutputs() {
	}

	public static List<GeneratedFile> of(Site site, Set<Target> targets) {
		boolean all = targets.isEmpty() || targets.contains(Target.ALL);
		List<GeneratedFile> files = new ArrayList<>(SiteGenerator.generate(site, targets));
		boolean analysis = all || targets.contains(Target.ANALYSIS);
		boolean diagram = all || targets.contains(Target.DIAGRAM);
		String svg = analysis || diagram ? TopologySvg.render(site) : null;
		if (analysis) {
			SiteAnalysis comparison = SiteAnalysis.of(site);
			files.add(GeneratedFile.text("analysis/analysis.json", AnalysisJson.render(comparison)));
			files.add(GeneratedFile.text("analysis/report.md", ReportMarkdown.render(comparison)));
			files.add(GeneratedFile.text("analysis/report.html", ReportHtml.render(comparison, svg)));
		}
		if (diagram) {
			files.add(GeneratedFile.text("diagram/topology.dot", TopologyDot.render(site)));
			files.add(GeneratedFile.text("diagram/topology.svg", svg));
		}
		files.sort(Comparator.comparing(GeneratedFile::path));
		return files;
	}
}
