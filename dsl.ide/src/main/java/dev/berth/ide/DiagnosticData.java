package dev.berth.ide;

import com.google.gson.JsonArray;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;

/** Reads the values a diagnostic carries for its quick fix, however the protocol delivered them. */
final class DiagnosticData {

	private DiagnosticData() {
	}

	static String get(Diagnostic diagnostic, int index) {
		Object data = diagnostic.getData();
		if (data instanceof String[] values) {
			return values[index];
		}
		if (data instanceof List<?> values) {
			return String.valueOf(values.get(index));
		}
		if (data instanceof JsonArray array) {
			return array.get(index).getAsString();
		}
		throw new IllegalArgumentException("the diagnostic carries no data: " + diagnostic.getMessage());
	}
}
