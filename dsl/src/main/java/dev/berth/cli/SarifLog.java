package dev.berth.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** Diagnostics as a SARIF 2.1.0 log, the format code-review tools read to show findings inline. */
final class SarifLog {

	private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private SarifLog() {
	}

	static String toJson(List<Diagnostic> diagnostics, String version) {
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "berth");
		driver.addProperty("version", version);
		JsonArray rules = new JsonArray();
		new TreeSet<>(diagnostics.stream().map(Diagnostic::code).toList()).forEach(code -> {
			JsonObject rule = new JsonObject();
			rule.addProperty("id", code);
			rules.add(rule);
		});
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonArray results = new JsonArray();
		diagnostics.forEach(diagnostic -> results.add(result(diagnostic)));
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		log.add("runs", runs);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log);
	}

	/** A relative path stays relative to the working folder, as SARIF viewers resolve it; an absolute one becomes a file URI. */
	private static String uri(String path) {
		Path file = Path.of(path);
		return file.isAbsolute() ? file.toUri().toString() : path.replace(File.separatorChar, '/');
	}

	private static JsonObject result(Diagnostic diagnostic) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", diagnostic.code());
		result.addProperty("level", switch (diagnostic.severity()) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		});
		JsonObject message = new JsonObject();
		message.addProperty("text", diagnostic.message());
		result.add("message", message);
		JsonObject region = new JsonObject();
		region.addProperty("startLine", diagnostic.line());
		region.addProperty("startColumn", diagnostic.column());
		region.addProperty("endLine", diagnostic.endLine());
		region.addProperty("endColumn", diagnostic.endColumn());
		JsonObject artifact = new JsonObject();
		artifact.addProperty("uri", uri(diagnostic.path()));
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		physical.add("region", region);
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		JsonArray locations = new JsonArray();
		locations.add(location);
		result.add("locations", locations);
		return result;
	}
}
