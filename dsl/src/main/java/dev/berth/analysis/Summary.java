package dev.berth.analysis;

import dev.berth.berth.Element;
import dev.berth.model.Sizes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the reports open with: the changes recommended, what they save, and how many more of each workload fit. */
final class Summary {

	private Summary() {
	}

	/** One sentence per recommended change, with the memory it saves; one sentence when there is none. */
	static List<String> changes(SiteAnalysis analysis) {
		List<String> changes = new ArrayList<>();
		for (Comparison comparison : analysis.comparisons()) {
			comparison.recommended().ifPresent(to -> changes.add(name(comparison.workload()) + " on "
					+ WorkloadComparer.describe(comparison.machine()) + ": " + comparison.recommendation() + " ("
					+ to.platform() + "), memory " + comparison.current().memory().text() + " -> " + to.memory().text()
					+ ", cpu " + Decimals.twoPlaces(comparison.current().cpu().value()) + " -> "
					+ Decimals.twoPlaces(to.cpu().value()) + ", isolation level " + comparison.current().isolationLevel()
					+ " -> " + to.isolationLevel()));
		}
		if (changes.isEmpty()) {
			changes.add("keep every workload in its form: no other form saves enough, or its role, data or isolation "
					+ "keeps it (see each workload below)");
		}
		return changes;
	}

	/** What the recommended forms save on a machine, or the site: memory, CPU and disk before and after. */
	static String saving(MachineUse use) {
		long memory = use.used().memoryBytes() - use.switched().memoryBytes();
		double cpu = use.used().cpu() - use.switched().cpu();
		long disk = use.used().diskBytes() - use.switched().diskBytes();
		if (memory == 0 && Math.abs(cpu) < 0.005 && disk == 0) {
			return "no change";
		}
		return signed(memory) + " memory, " + (cpu >= 0 ? "" : "+") + Decimals.twoPlaces(Math.abs(cpu))
				+ (cpu >= 0 ? " fewer" : " more") + " cores, " + signed(disk) + " disk";
	}

	private static String signed(long saved) {
		return saved >= 0 ? Sizes.format(saved) + " less" : Sizes.format(-saved) + " more";
	}

	/** How many more of each workload would fit on the machine as modelled: {@code 24 more api, 3 more pg}. */
	static String density(MachineUse use) {
		return use.density().stream().filter(entry -> entry.more() >= 0)
				.map(entry -> entry.more() + " more " + entry.workload().getName()).collect(Collectors.joining(", "));
	}

	static String name(Element workload) {
		return workload.eClass().getName().toLowerCase(Locale.ROOT) + " " + workload.getName();
	}
}
