package dev.berth.analysis;

import dev.berth.model.Sizes;
import java.util.Locale;

/** {@code report.md}: the comparison for reading on a code-hosting site, with the sources of every figure. */
public final class ReportMarkdown {

	private ReportMarkdown() {
	}

	public static String render(SiteAnalysis analysis) {
		StringBuilder md = new StringBuilder("# VM or container: the comparison\n\n");
		md.append("For every workload, the form it has in the model beside the other form on the same machine, ")
				.append("from the coefficients listed under Sources.\n");
		for (MachineUse use : analysis.machines()) {
			md.append("\n## ").append(WorkloadComparer.describe(use.machine())).append("\n\n");
			md.append("| | memory | cpu | disk |\n|---|---|---|---|\n");
			md.append(row("capacity", use.memoryBytes(), use.cpu(), use.diskBytes()));
			md.append(row("as modelled", use.used().memoryBytes(), use.used().cpu(), use.used().diskBytes()));
			md.append(row("with the recommended forms", use.switched().memoryBytes(), use.switched().cpu(),
					use.switched().diskBytes()));
			md.append('\n');
			for (Comparison comparison : analysis.comparisons()) {
				if (comparison.machine() == use.machine()) {
					workload(md, comparison);
				}
			}
		}
		MachineUse totals = analysis.totals();
		md.append("\n## The site\n\nTotals over the hosts.\n\n| | memory | cpu | disk |\n|---|---|---|---|\n");
		md.append(row("capacity", totals.memoryBytes(), totals.cpu(), totals.diskBytes()));
		md.append(row("as modelled", totals.used().memoryBytes(), totals.used().cpu(), totals.used().diskBytes()));
		md.append(row("with the recommended forms", totals.switched().memoryBytes(), totals.switched().cpu(),
				totals.switched().diskBytes()));
		md.append("\n## Sources\n\n");
		analysis.coefficients().sources().forEach(source -> md.append("- ").append(source).append('\n'));
		return md.toString();
	}

	private static String row(String label, long memory, double cpu, long disk) {
		return "| " + label + " | " + Sizes.format(memory) + " | " + String.format(Locale.ROOT, "%.2f", cpu) + " | "
				+ (disk == 0 ? "-" : Sizes.format(disk)) + " |\n";
	}

	private static void workload(StringBuilder md, Comparison comparison) {
		md.append("### ").append(comparison.workload().eClass().getName().toLowerCase()).append(' ')
				.append(comparison.workload().getName()).append(comparison.instances() > 1 ? " (" + comparison.instances()
						+ " instances)" : "").append(": ").append(comparison.recommendation()).append("\n\n");
		md.append("| form | memory | cpu | start | image or disk | isolation | OS |\n|---|---|---|---|---|---|---|\n");
		md.append(footprint(comparison.current(), "now"));
		comparison.alternative().ifPresent(alternative -> md.append(footprint(alternative, "other")));
		md.append('\n');
		comparison.reasons().forEach(reason -> md.append("- ").append(reason).append('\n'));
		md.append('\n');
	}

	private static String footprint(Footprint footprint, String label) {
		return "| " + label + ": " + footprint.form() + " (" + footprint.platform() + ") | "
				+ Sizes.format(footprint.memoryBytes()) + " | " + String.format(Locale.ROOT, "%.2f", footprint.cpu()) + " | "
				+ Reasons.duration(footprint.startMillis()) + " | " + Sizes.format(footprint.diskBytes()) + " | "
				+ footprint.isolation() + " | " + footprint.osFreedom() + " |\n";
	}
}
