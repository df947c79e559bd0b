package dev.berth.cli.deploy;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What one run did to one machine: each resource counted once, the survey it started from, how it ended. */
public final class MachineTally {

	private final Set<String> existing = new HashSet<>();
	private final Map<String, Change> resources = new LinkedHashMap<>();
	private boolean failed;
	private boolean pending;
	private String unreachable;

	/** Takes a resource the survey found, as {@code KIND NAME}. */
	void survey(String resource) {
		existing.add(resource);
	}

	/**
	 * Counts one item of a task; returns the change when the resource has just become changed,
	 * so that it is reported once.
	 */
	Optional<Change> record(String resource, boolean changed, boolean removal) {
		Change before = resources.get(resource);
		if (!changed) {
			resources.putIfAbsent(resource, Change.UNCHANGED);
			return Optional.empty();
		}
		if (before != null && before != Change.UNCHANGED) {
			return Optional.empty();
		}
		Change change = removal ? Change.REMOVE : existing.contains(resource) ? Change.CHANGE : Change.CREATE;
		resources.put(resource, change);
		return Optional.of(change);
	}

	/** Counts the changes of a task whose results {@code no_log} hides as one change named after it. */
	Optional<Change> hidden(String step) {
		String resource = step + " (no_log)";
		return resources.put(resource, Change.CHANGE) == null ? Optional.of(Change.CHANGE) : Optional.empty();
	}

	void fail() {
		failed = true;
	}

	void pend() {
		pending = true;
	}

	/** Marks the machine unreachable; returns whether it was not already. */
	boolean unreachable(String message) {
		if (unreachable != null) {
			return false;
		}
		unreachable = message;
		return true;
	}

	/** Whether a step failed on the machine. */
	public boolean failed() {
		return failed;
	}

	/** Whether its VM does not exist yet, so the plan counts everything of it as to create. */
	public boolean pending() {
		return pending;
	}

	/** Whether the machine could not be reached. */
	public boolean isUnreachable() {
		return unreachable != null;
	}

	/** The change of each resource, by {@code KIND NAME}, in the order first seen. */
	public Map<String, Change> resources() {
		return Map.copyOf(resources);
	}

	/** How many resources had each change. */
	public Map<Change, Integer> counts() {
		Map<Change, Integer> counts = new EnumMap<>(Change.class);
		resources.values().forEach(change -> counts.merge(change, 1, Integer::sum));
		return counts;
	}
}
