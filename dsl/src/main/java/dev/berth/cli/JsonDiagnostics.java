package dev.berth.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Diagnostics as one JSON array: each object has {@code path}, {@code line}, {@code column},
 * {@code end} ({@code line}, {@code column}), {@code severity}, {@code code}, {@code message} and {@code data}.
 */
final class JsonDiagnostics {

	private JsonDiagnostics() {
	}

	static String toJson(List<Diagnostic> diagnostics) {
		JsonArray array = new JsonArray();
		for (Diagnostic diagnostic : diagnostics) {
			JsonObject object = new JsonObject();
			object.addProperty("path", diagnostic.path());
			object.addProperty("line", diagnostic.line());
			object.addProperty("column", diagnostic.column());
			JsonObject end = new JsonObject();
			end.addProperty("line", diagnostic.endLine());
			end.addProperty("column", diagnostic.endColumn());
			object.add("end", end);
			object.addProperty("severity", diagnostic.severity().label());
			object.addProperty("code", diagnostic.code());
			object.addProperty("message", diagnostic.message());
			JsonArray data = new JsonArray();
			diagnostic.data().forEach(data::add);
			object.add("data", data);
			array.add(object);
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array);
	}
}
