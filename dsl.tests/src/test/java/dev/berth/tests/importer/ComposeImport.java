package dev.berth.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.importer.ImportDiagnostic;
import dev.berth.importer.ImportException;
import dev.berth.importer.ImportedSite;
import dev.berth.importer.compose.ComposeImporter;
import dev.berth.tests.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Imports a Compose text written to a folder, and shows the Berth text and the diagnostics it gives. */
final class ComposeImport {

	/** The host an imported model is placed on, as the {@code berth import} command declares it. */
	static final String HOST = "host local { connection local cpu 8 cores memory 16 GiB hypervisor kvm runtime docker }\n";

	private ComposeImport() {
	}

	/** The site of {@code compose.yaml} in the folder, written with the text first. */
	static ImportedSite of(Path folder, String yaml) throws IOException, ImportException {
		Path file = folder.resolve("compose.yaml");
		Files.writeString(file, yaml);
		ImportedSite site = new ImportedSite("local", folder);
		new ComposeImporter().read(file, site);
		return site;
	}

	/** Every element as Berth text, in order. */
	static String text(ImportedSite site) {
		return String.join("", site.elements());
	}

	/** A model that holds the site: the deployment, the host and the elements. */
	static String model(ImportedSite site) {
		return "deployment imported\n" + HOST + text(site);
	}

	/**
	 * Fails unless the model of the site, written to the folder, validates with no error; the files it names
	 * beside the model are not written by these tests ({@code file.missing} is left to the round trip test).
	 */
	static void assertValid(Path folder, ImportedSite site) throws IOException {
		Path model = folder.resolve("imported.berth");
		Files.writeString(model, model(site));
		CliRun validate = CliRun.of("validate", model.toString());
		List<String> errors = validate.outLines().stream().filter(line -> line.contains(": error: "))
				.filter(line -> !line.endsWith("[file.missing]")).toList();
		assertEquals(List.of(), errors, model(site));
	}

	/** Each diagnostic as {@code LINE:COLUMN KEY} for a skipped key, or {@code LINE:COLUMN renamed} for a rename. */
	static List<String> reported(ImportedSite site) {
		return site.diagnostics().stream().map(ComposeImport::brief).toList();
	}

	private static String brief(ImportDiagnostic diagnostic) {
		String message = diagnostic.message();
		String what = message.startsWith("not imported: ") ? message.substring(14, message.indexOf(" ("))
				: message.startsWith("changed: ") ? message.substring(9, message.indexOf(" (")) + " changed" : "renamed";
		return diagnostic.spot().line() + ":" + diagnostic.spot().column() + " " + what;
	}

	/** The message of the diagnostic about a key. */
	static String message(ImportedSite site, String key) {
		return site.diagnostics().stream().map(ImportDiagnostic::message).filter(m -> m.contains(": " + key + " ("))
				.findFirst().orElseThrow(() -> new AssertionError("nothing reported about " + key + ": " + site.diagnostics()));
	}
}
