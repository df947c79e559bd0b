package dev.berth.cli;

import java.util.List;

/** How {@code berth validate} prints diagnostics: one line each, a JSON array, or a SARIF log. */
public enum DiagnosticFormat {
	TEXT {
		@Override
		public String render(List<Diagnostic> diagnostics, String version) {
			StringBuilder text = new StringBuilder();
			diagnostics.forEach(diagnostic -> text.append(diagnostic.toLine()).append('\n'));
			return text.toString();
		}
	},
	JSON {
		@Override
		public String render(List<Diagnostic> diagnostics, String version) {
			return JsonDiagnostics.toJson(diagnostics) + "\n";
		}
	},
	SARIF {
		@Override
		public String render(List<Diagnostic> diagnostics, String version) {
			return SarifLog.toJson(diagnostics, version) + "\n";
		}
	};

	/** The whole output for the diagnostics of one run. */
	public abstract String render(List<Diagnostic> diagnostics, String version);
}
