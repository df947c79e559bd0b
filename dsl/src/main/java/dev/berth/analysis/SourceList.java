package dev.berth.analysis;

import dev.berth.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sources an analysis uses, numbered in order of first use, so each figure can cite its own by number. */
public final class SourceList {

	private final Map<Source, Integer> numbers = new LinkedHashMap<>();

	private SourceList() {
	}

	/** The sources behind every form of every workload of the analysis, and nothing else. */
	public static SourceList of(SiteAnalysis analysis) {
		SourceList list = new SourceList();
		for (Comparison comparison : analysis.comparisons()) {
			for (Footprint footprint : comparison.forms()) {
				for (Amount amount : List.of(footprint.memory(), footprint.cpu(), footprint.disk(), footprint.start())) {
					amount.sources().forEach(source -> list.numbers.putIfAbsent(source, list.numbers.size() + 1));
				}
			}
		}
		return list;
	}

	/** The number of a source, from 1. */
	public int number(Source source) {
		Integer number = numbers.get(source);
		if (number == null) {
			throw new IllegalArgumentException("not a source of this analysis: " + source.cite());
		}
		return number;
	}

	/** The numbers of an amount's sources, as {@code [1, 4]}, or empty when it has none. */
	public String cite(Amount amount) {
		List<String> cited = new ArrayList<>();
		amount.sources().forEach(source -> cited.add(String.valueOf(number(source))));
		return cited.isEmpty() ? "" : "[" + String.join(", ", cited) + "]";
	}

	/** The sources in number order. */
	public List<Source> sources() {
		return List.copyOf(numbers.keySet());
	}
}
