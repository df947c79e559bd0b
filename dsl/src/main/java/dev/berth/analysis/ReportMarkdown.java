package dev.berth.analysis;

import dev.berth.berth.Machine;
import dev.berth.model.Sizes;
import java.util.List;
import java.util.Map;

/** {@code report.md}: the comparison for reading on a code-hosting site, with the sources of every figure. */
public final class ReportMarkdown {

	private ReportMarkdown() {
	}

	public static String render(SiteAnalysis analysis) {
		StringBuilder md = new StringBuilder("# VM or container: the comparison\n\n");
		md.append("For every workload, the form it has in the model beside the other form on the same machine, ")
				.append("from the coefficients listed under Sources.\n");
		Map<Machine, List<Comparison>> byMachine = analysis.comparisonsByMachine();
		for (MachineUse use : analysis.machines()) {
			md.append("\n## ").append(WorkloadComparer.describe(use.machine())).append("\n\n");
			md.append("| | memory | cpu | disk |\n|---|---|---|---|\n");
			rows(md, use);
			md.append('\n');
			for (Comparison comparison : byMachine.getOrDefault(use.machine(), List.of())) {
				workload(md, comparison);
			}
		}
		MachineUse totals = analysis.totals();
		md.append("\n## The site\n\nTotals over the hosts.\n\n| | memory | cpu | disk |\n|---|---|---|---|\n");
		rows(md, totals);
		md.append("\n## Sources\n\n");
		analysis.coefficients().sources().forEach(source -> md.append("- ").append(source).append('\n'));
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

	private static void workload(StringBuilder md, Comparison comparison) {
		md.append("### ").append(comparison.workload().eClass().getName().toLowerCase()).append(' ')
				.append(comparison.workload().getName()).append(comparison.instances() > 1 ? " (" + comparison.instances()
						+ " instances)" : "").append(": ").append(comparison.recommendation()).append("\n\n");
		md.append("| form | memory | cpu | start | image or disk | isolation | OS |\n|---|---|---|---|---|---|---|\n");
		footprint(md, comparison.current(), "now");
		comparison.alternative().ifPresent(alternative -> footprint(md, alternative, "other"));
		md.append('\n');
		comparison.reasons().forEach(reason -> md.append("- ").append(reason).append('\n'));
		md.append('\n');
	}

	private static void footprint(StringBuilder md, Footprint footprint, String label) {
		md.append("| ").append(label).append(": ").append(footprint.form()).append(" (").append(footprint.platform())
				.append(") | ").append(Sizes.format(footprint.memoryBytes())).append(" | ")
				.append(Decimals.twoPlaces(footprint.cpu())).append(" | ")
				.append(Reasons.duration(footprint.startMillis())).append(" | ").append(Sizes.format(footprint.diskBytes()))
				.append(" | ").append(footprint.isolation()).append(" | ").append(footprint.osFreedom()).append(" |\n");
	}
}
