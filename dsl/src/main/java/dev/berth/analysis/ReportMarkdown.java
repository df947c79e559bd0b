package dev.berth.analysis;

import dev.berth.berth.Machine;
import dev.berth.model.Sizes;
import dev.berth.model.Source;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code report.md}: the comparison for reading on a code-hosting site, each figure with its formula and sources. */
public final class ReportMarkdown {

	private ReportMarkdown() {
	}

	public static String render(SiteAnalysis analysis) {
		SourceList sources = SourceList.of(analysis);
		StringBuilder md = new StringBuilder("# VM or container: the comparison\n\n## Summary\n\n");
		Summary.changes(analysis).forEach(change -> md.append("- ").append(change).append('\n'));
		md.append("\n| machine | saves with the recommended forms | more that fit as modelled |\n|---|---|---|\n");
		for (MachineUse use : analysis.machines()) {
			md.append("| ").append(WorkloadComparer.describe(use.machine())).append(" | ").append(Summary.saving(use))
					.append(" | ").append(Summary.density(use)).append(" |\n");
		}
		md.append("| the site (its hosts) | ").append(Summary.saving(analysis.totals())).append(" | |\n");
		Map<Machine, List<Comparison>> byMachine = analysis.comparisonsByMachine();
		for (MachineUse use : analysis.machines()) {
			md.append("\n## ").append(WorkloadComparer.describe(use.machine())).append("\n\n");
			md.append("| | memory | cpu | disk |\n|---|---|---|---|\n");
			rows(md, use);
			md.append('\n');
			for (Comparison comparison : byMachine.getOrDefault(use.machine(), List.of())) {
				workload(md, comparison, sources);
			}
			use.density().forEach(entry -> md.append("- density of ").append(entry.workload().getName()).append(": ")
					.append(entry.formula()).append('\n'));
		}
		md.append("\n## The site\n\nTotals over the hosts.\n\n| | memory | cpu | disk |\n|---|---|---|---|\n");
		rows(md, analysis.totals());
		md.append("\n## Sources\n\n");
		for (Source source : sources.sources()) {
			md.append(sources.number(source)).append(". ").append(source.cite()).append('\n');
		}
		return md.toString();
	}

	/** Capacity, use as modelled and use with the recommended forms. */
	private static void rows(StringBuilder md, MachineUse use) {
		row(md, "capacity", use.memoryBytes(), use.cpu(), use.diskBytes());
		row(md, "as modelled", use.used().memoryBytes(), use.used().cpu(), use.used().diskBytes());
		row(md, "with the recommended forms", use.switched().memoryBytes(), use.switched().cpu(),
				use.switched().diskBytes());
	}

	private static void row(StringBuilder md, String label, long memory, double cpu, long disk) {
		md.append("| ").append(label).append(" | ").append(Sizes.format(memory)).append(" | ")
				.append(Decimals.twoPlaces(cpu)).append(" | ")
				.append(disk == 0 ? "-" : Sizes.format(disk)).append(" |\n");
	}

	private static void workload(StringBuilder md, Comparison comparison, SourceList sources) {
		md.append("### ").append(Summary.name(comparison.workload()))
				.append(comparison.instances() > 1 ? " (" + comparison.instances() + " instances)" : "").append(": ")
				.append(comparison.recommendation()).append("\n\n");
		List<Footprint> forms = comparison.forms();
		md.append("| |");
		forms.forEach(form -> md.append(' ').append(form.label()).append(form == comparison.current() ? ", now" : "")
				.append(" |"));
		md.append("\n|---|").append("---|".repeat(forms.size())).append('\n');
		figureRow(md, "memory", forms, Footprint::memory, sources);
		figureRow(md, "cpu", forms, Footprint::cpu, sources);
		figureRow(md, "disk", forms, Footprint::disk, sources);
		figureRow(md, "start", forms, Footprint::start, sources);
		md.append("| isolation |");
		forms.forEach(form -> md.append(" level ").append(form.isolationLevel()).append(": ").append(form.isolation())
				.append(" |"));
		md.append("\n| OS |");
		forms.forEach(form -> md.append(' ').append(form.osFreedom()).append(" |"));
		md.append("\n\n");
		for (Footprint form : forms) {
			formulas(md, form, sources);
		}
		comparison.reasons().forEach(reason -> md.append("- ").append(reason).append('\n'));
		md.append('\n');
	}

	private static void figureRow(StringBuilder md, String label, List<Footprint> forms,
			Function<Footprint, Amount> figure, SourceList sources) {
		md.append("| ").append(label).append(" |");
		forms.forEach(form -> md.append(' ').append(figure.apply(form).text()).append(' ')
				.append(sources.cite(figure.apply(form))).append(" |"));
		md.append('\n');
	}

	private static void formulas(StringBuilder md, Footprint form, SourceList sources) {
		md.append("- ").append(form.label()).append(": memory ").append(cited(form.memory(), sources))
				.append("; cpu ").append(cited(form.cpu(), sources)).append("; disk ").append(cited(form.disk(), sources))
				.append("; start ").append(cited(form.start(), sources)).append('\n');
	}

	private static String cited(Amount amount, SourceList sources) {
		String cite = sources.cite(amount);
		return "`" + amount.formula() + "`" + (cite.isEmpty() ? "" : " " + cite);
	}
}
