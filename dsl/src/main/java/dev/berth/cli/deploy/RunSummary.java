package dev.berth.cli.deploy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The closing lines of a run: one per machine, then the total, or {@code no change}. */
public final class RunSummary {

	private RunSummary() {
	}

	/**
	 * @param order the machines of the model in their order; machines the run named otherwise follow
	 */
	public static List<String> lines(RunMode mode, Map<String, MachineTally> machines, List<String> order) {
		Map<String, MachineTally> sorted = new LinkedHashMap<>();
		order.stream().filter(machines::containsKey).forEach(name -> sorted.put(name, machines.get(name)));
		machines.forEach(sorted::putIfAbsent);
		List<String> lines = new ArrayList<>();
		Map<Change, Integer> total = new EnumMap<>(Change.class);
		int failed = 0;
		int unreachable = 0;
		for (Map.Entry<String, MachineTally> entry : sorted.entrySet()) {
			MachineTally tally = entry.getValue();
			lines.add(entry.getKey() + ": " + line(mode, tally));
			tally.counts().forEach((change, count) -> total.merge(change, count, Integer::sum));
			failed += tally.failed() ? 1 : 0;
			unreachable += tally.isUnreachable() ? 1 : 0;
		}
		boolean changes = total.keySet().stream().anyMatch(change -> change != Change.UNCHANGED);
		if (!changes && failed == 0 && unreachable == 0) {
			lines.add("no change");
		} else {
			lines.add("total: " + mode.counts(total) + trouble(failed, unreachable));
		}
		return lines;
	}

	private static String line(RunMode mode, MachineTally tally) {
		if (tally.isUnreachable()) {
			return "unreachable";
		}
		String note = tally.pending() ? " (its VM does not exist yet)" : "";
		return mode.counts(tally.counts()) + note + (tally.failed() ? "; failed" : "");
	}

	private static String trouble(int failed, int unreachable) {
		String text = failed == 0 ? "" : "; " + failed + (failed == 1 ? " machine" : " machines") + " failed";
		return unreachable == 0 ? text : text + "; " + unreachable + " unreachable";
	}
}
