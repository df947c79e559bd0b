package dev.berth.cli.deploy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * {@code OUT/ansible/last-run.jsonl}: the events of the last run as the CLI read them, cut down to
 * what it reads (items as {@code kind} and {@code name} only, no module arguments or output), so
 * no value of the model or of a machine is kept on disk.
 */
public final class EventLog implements Closeable {

	private static final Set<String> RESULT_MEMBERS = Set.of("_ansible_item_label", "action", "changed", "failed",
			"skipped", "unreachable", "censored", "msg", "rc", "skip_reason");
	private static final List<String> FACTS = List.of("berth_existing", "berth_pending", "berth_deployed");

	private final BufferedWriter writer;

	public EventLog(Path file) throws IOException {
		Files.deleteIfExists(file);
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
	}

	/** Keeps one line of output when it is an event. */
	public void add(String line) throws IOException {
		JsonElement parsed;
		try {
			parsed = JsonParser.parseString(line);
		} catch (JsonParseException e) {
			return;
		}
		if (parsed.isJsonObject() && parsed.getAsJsonObject().has("_event")) {
			writer.write(digest(parsed.getAsJsonObject()).toString());
			writer.newLine();
		}
	}

	@Override
	public void close() throws IOException {
		writer.close();
	}

	private static JsonObject digest(JsonObject event) {
		JsonObject digest = new JsonObject();
		for (String member : List.of("_event", "_timestamp", "stats")) {
			if (event.has(member)) {
				digest.add(member, event.get(member));
			}
		}
		for (String part : List.of("play", "task")) {
			if (event.has(part)) {
				JsonObject named = new JsonObject();
				named.addProperty("name", Json.text(Json.object(event, part), "name"));
				digest.add(part, named);
			}
		}
		JsonObject hosts = Json.object(event, "hosts");
		if (!hosts.keySet().isEmpty()) {
			JsonObject kept = new JsonObject();
			hosts.keySet().forEach(host -> kept.add(host, result(Json.object(hosts, host))));
			digest.add("hosts", kept);
		}
		return digest;
	}

	private static JsonObject result(JsonObject result) {
		JsonObject kept = new JsonObject();
		RESULT_MEMBERS.stream().sorted().filter(result::has).forEach(member -> kept.add(member, result.get(member)));
		JsonObject item = Json.object(result, "item");
		if (item.has("kind") || item.has("name")) {
			JsonObject named = new JsonObject();
			named.addProperty("kind", Json.text(item, "kind"));
			named.addProperty("name", Json.text(item, "name"));
			kept.add("item", named);
		}
		JsonObject facts = Json.object(result, "ansible_facts");
		JsonObject keptFacts = new JsonObject();
		FACTS.stream().filter(facts::has).forEach(fact -> keptFacts.add(fact, facts.get(fact)));
		if (!keptFacts.keySet().isEmpty()) {
			kept.add("ansible_facts", keptFacts);
		}
		if (result.has("results") && result.get("results").isJsonArray()) {
			JsonArray items = new JsonArray();
			result.getAsJsonArray("results").forEach(
					each -> items.add(each.isJsonObject() ? result(each.getAsJsonObject()) : new JsonObject()));
			kept.add("results", items);
		}
		return kept;
	}
}
