package dev.berth.cli.deploy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the events of {@code ansible-playbook} with the {@code ansible.posix.jsonl} callback, one
 * JSON object a line, and counts per machine what the playbooks did under the event contract:
 * items {@code {kind, name}}, the {@code survey} fact {@code berth_existing}, {@code remove} tasks,
 * {@code berth_pending}, failed and unreachable hosts.
 */
public final class RunEvents {

	private static final String CHECK_MODE_SKIP = "would have run if not in check mode";

	private final RunMode mode;
	private final Function<String, List<String>> planned;
	private final Consumer<String> progress;
	private final Consumer<String> failures;
	private final Map<String, MachineTally> machines = new LinkedHashMap<>();

	/**
	 * @param planned the resources of a machine from the model, each {@code KIND NAME}, for a machine whose VM does not exist yet
	 * @param progress takes a line per resource that changed
	 * @param failures takes a line per failed step and unreachable machine
	 */
	public RunEvents(RunMode mode, Function<String, List<String>> planned, Consumer<String> progress,
			Consumer<String> failures) {
		this.mode = mode;
		this.planned = planned;
		this.progress = progress;
		this.failures = failures;
	}

	/** Reads one line of output; returns false when it is no event, for the caller to show as it is. */
	public boolean accept(String line) {
		JsonObject event;
		try {
			JsonElement parsed = JsonParser.parseString(line);
			if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("_event")) {
				return false;
			}
			event = parsed.getAsJsonObject();
		} catch (JsonParseException e) {
			return false;
		}
		String type = Json.text(event, "_event");
		if (type.equals("v2_playbook_on_stats")) {
			Json.object(event, "stats").keySet().forEach(this::machine);
		} else if (type.startsWith("v2_runner_on_")) {
			String step = Json.text(Json.object(event, "task"), "name");
			JsonObject hosts = Json.object(event, "hosts");
			for (String host : hosts.keySet()) {
				result(type, host, step, Json.object(hosts, host));
			}
		}
		return true;
	}

	/** What the run did to each machine it reported on, in the order first reported. */
	public Map<String, MachineTally> machines() {
		return machines;
	}

	private MachineTally machine(String host) {
		return machines.computeIfAbsent(host, h -> new MachineTally());
	}

	private void result(String type, String host, String step, JsonObject result) {
		MachineTally tally = machine(host);
		if (type.equals("v2_runner_on_unreachable")) {
			String message = Messages.of(items(result).stream().filter(item -> Json.flag(item, "unreachable"))
					.findFirst().orElse(result));
			if (tally.unreachable(message)) {
				failures.accept(host + " is unreachable: " + message);
			}
			return;
		}
		facts(host, tally, Json.object(result, "ansible_facts"));
		boolean failed = type.equals("v2_runner_on_failed");
		if (!result.has("results") || !result.get("results").isJsonArray()) {
			if (result.has("censored") && Json.flag(result, "changed") && !failed) {
				report(host, tally.hidden(step), step + " (no_log)");
			}
			if (failed) {
				fail(host, tally, step, null, result);
			}
			return;
		}
		boolean itemFailed = false;
		for (JsonObject item : items(result)) {
			if (Json.flag(item, "failed")) {
				itemFailed = true;
				fail(host, tally, step, label(item), item);
			} else if (resource(item) != null) {
				report(host, tally.record(resource(item), changed(item), isRemoval(step)), resource(item));
			}
		}
		if (failed && !itemFailed) {
			fail(host, tally, step, null, result);
		}
	}

	/** The results of a loop's items. */
	private static List<JsonObject> items(JsonObject result) {
		JsonElement results = result.get("results");
		if (results == null || !results.isJsonArray()) {
			return List.of();
		}
		List<JsonObject> items = new ArrayList<>();
		for (JsonElement item : results.getAsJsonArray()) {
			items.add(item.isJsonObject() ? item.getAsJsonObject() : new JsonObject());
		}
		return items;
	}

	private void facts(String host, MachineTally tally, JsonObject facts) {
		JsonObject existing = Json.object(facts, "berth_existing");
		for (String kind : existing.keySet()) {
			JsonElement names = existing.get(kind);
			if (names.isJsonArray()) {
				names.getAsJsonArray().forEach(name -> tally.survey(kind + " " + Json.string(name)));
			}
		}
		if (Json.flag(facts, "berth_pending") && !tally.pending()) {
			tally.pend();
			planned.apply(host).forEach(resource -> report(host, tally.record(resource, true, false), resource));
		}
	}

	private void report(String host, Optional<Change> change, String resource) {
		change.ifPresent(c -> progress.accept(host + ": " + mode.progress(c, Messages.oneLine(resource))));
	}

	private void fail(String host, MachineTally tally, String step, String label, JsonObject result) {
		tally.fail();
		String what = label == null ? "" : Messages.oneLine(label) + ": ";
		failures.accept(host + ": " + what + Messages.oneLine(step) + " failed: " + Messages.of(result));
	}

	private boolean isRemoval(String step) {
		return mode == RunMode.DESTROY || step.startsWith("remove ");
	}

	/** Changed, or in check mode a command that would have run. */
	private boolean changed(JsonObject item) {
		return Json.flag(item, "changed")
				|| mode.check() && Json.flag(item, "skipped") && Json.text(item, "msg").contains(CHECK_MODE_SKIP);
	}

	/** {@code KIND NAME} of an item of the contract, else null. */
	private static String resource(JsonObject item) {
		JsonObject value = Json.object(item, "item");
		String kind = Json.text(value, "kind");
		String name = Json.text(value, "name");
		return kind.isEmpty() || name.isEmpty() ? null : kind + " " + name;
	}

	private static String label(JsonObject item) {
		String resource = resource(item);
		if (resource != null) {
			return resource;
		}
		String label = Json.text(item, "_ansible_item_label");
		return label.isEmpty() ? null : label;
	}
}
