package dev.berth.tests.importer;

import static dev.berth.tests.importer.ComposeImport.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.importer.ImportException;
import dev.berth.importer.ImportedSite;
import dev.berth.importer.compose.ComposeImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that is not a Compose file at all: an error at its line and column with a clear message, never a stack trace. */
class ComposeInvalidImportTest {

	@TempDir
	Path dir;

	private ImportException failure(String yaml) {
		return assertThrows(ImportException.class, () -> of(dir, yaml));
	}

	@Test
	void invalidYamlIsAnErrorAtTheProblem() {
		ImportException error = failure("""
				services:
				  web:
				    image: nginx:1.27
				    ports: [80
				  api:
				""");
		assertEquals(5, error.spot().line());
		assertTrue(error.getMessage().startsWith("invalid YAML: "), error.getMessage());
		assertTrue(error.toLine().matches(".*compose\\.yaml:5:\\d+: error: invalid YAML: .*"), error.toLine());
	}

	@Test
	void badIndentationIsAnErrorAtItsLine() {
		ImportException error = failure("""
				services:
				  web:
				    image: nginx:1.27
				   command: x
				""");
		assertEquals(4, error.spot().line());
	}

	@Test
	void aFileThatIsNotAMappingOrHasNoServicesIsAnError() {
		assertEquals("not a Compose file: expected a mapping with services", failure("- a\n- b\n").getMessage());
		assertEquals(1, failure("").spot().line());
		ImportException noServices = failure("\nversion: '3'\nvolumes: {}\n");
		assertEquals(2, noServices.spot().line());
		ImportException listed = failure("services:\n  - web\n");
		assertEquals("not a Compose file: services is not a mapping", listed.getMessage());
		assertEquals(2, listed.spot().line());
	}

	@Test
	void aServiceThatIsNotAMappingIsAnErrorAtItsName() {
		ImportException error = failure("services:\n  web: nginx\n");
		assertEquals("service web is not a mapping", error.getMessage());
		assertEquals(2, error.spot().line());
		assertEquals(3, error.spot().column());
	}

	@Test
	void unreadableFileIsAnError() {
		ImportException error = assertThrows(ImportException.class,
				() -> new ComposeImporter().read(dir.resolve("missing.yaml"), new ImportedSite("local", dir)));
		assertTrue(error.getMessage().startsWith("cannot read the file"), error.getMessage());
	}
}
