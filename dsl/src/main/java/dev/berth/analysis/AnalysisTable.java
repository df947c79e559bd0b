package dev.berth.analysis;

import dev.berth.model.Machines;
import dev.berth.model.Platform;
import dev.berth.model.Sizes;
import java.util.ArrayList;
import java.util.List;

/** The comparison as an aligned table for a terminal, one row per workload and machine. */
public final class AnalysisTable {

	private static final List<String> HEADER = List.of("WORKLOAD", "MACHINE", "NOW", "VM", "CONTAINER", "SANDBOXED",
			"RECOMMENDATION");

	private AnalysisTable() {
	}

	public static String render(SiteAnalysis analysis) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		for (Comparison comparison : analysis.comparisons()) {
			List<String> row = new ArrayList<>(List.of(Summary.name(comparison.workload()), Machines.name(comparison.machine()),
					comparison.current().label()));
			for (Platform.Form form : Platform.Form.values()) {
				row.add(comparison.form(form).map(AnalysisTable::cell).orElse("impossible"));
			}
			row.add(comparison.recommendation());
			rows.add(row);
		}
		StringBuilder text = new StringBuilder(align(rows));
		text.append('\n');
		for (MachineUse use : analysis.machines()) {
			text.append(Machines.name(use.machine())).append(": memory ").append(Sizes.format(use.used().memoryBytes()))
					.append(" of ").append(Sizes.format(use.memoryBytes())).append(" used, ")
					.append(Sizes.format(use.switched().memoryBytes())).append(" with the recommended forms\n");
		}
		MachineUse totals = analysis.totals();
		text.append("site: memory ").append(Sizes.format(totals.used().memoryBytes())).append(" of ")
				.append(Sizes.format(totals.memoryBytes())).append(" used on its hosts, ")
				.append(Sizes.format(totals.switched().memoryBytes())).append(" with the recommended forms\n");
		return text.toString();
	}

	/** A form's memory and start time, and the platform it runs under. */
	private static String cell(Footprint footprint) {
		return footprint.memory().text() + ", " + footprint.start().text() + " (" + footprint.platform() + ")";
	}

	private static String align(List<List<String>> rows) {
		int[] widths = new int[HEADER.size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				line.append(String.format("%-" + widths[i] + "s", row.get(i))).append(i < row.size() - 1 ? "  " : "");
			}
			text.append(line.toString().stripTrailing()).append('\n');
		}
		return text.toString();
	}
}
