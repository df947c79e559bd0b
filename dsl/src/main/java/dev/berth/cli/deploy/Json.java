package dev.berth.cli.deploy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reads the members of Ansible's events leniently: a missing or odd member is empty or false. */
final class Json {

	private Json() {
	}

	static JsonObject object(JsonObject object, String member) {
		JsonElement value = object.get(member);
		return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
	}

	static String text(JsonObject object, String member) {
		JsonElement value = object.get(member);
		return value == null ? "" : string(value);
	}

	static String string(JsonElement value) {
		return value.isJsonPrimitive() ? value.getAsString() : value.isJsonNull() ? "" : value.toString();
	}

	static boolean flag(JsonObject object, String member) {
		JsonElement value = object.get(member);
		return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
				&& value.getAsBoolean();
	}
}
