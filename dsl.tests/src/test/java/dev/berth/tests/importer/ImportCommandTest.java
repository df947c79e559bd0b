package dev.berth.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth import} as a user runs it: sources found in folders, the model written, warnings, bad input refused. */
class ImportCommandTest {

	private static final String COMPOSE = """
			services:
			  web:
			    image: nginx:1.27.2
			    ports:
			      - "8080:80"
			    stop_grace_period: 30s
			""";

	private static final String DOMAIN = """
			<domain type='kvm'>
			  <name>db</name>
			  <memory unit='KiB'>4194304</memory>
			  <vcpu placement='static'>2</vcpu>
			  <os>
			    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
			  </os>
			</domain>
			""";

	@TempDir
	Path dir;

	@Test
	void aFolderOfComposeFilesAndDomainsBecomesOneModelThatValidates() throws Exception {
		Path estate = Files.createDirectories(dir.resolve("estate/app"));
		Files.writeString(estate.resolve("compose.yaml"), COMPOSE);
		Files.writeString(dir.resolve("estate/db.xml"), DOMAIN);
		Path model = dir.resolve("site.berth");
		CliRun run = CliRun.of("import", "-o", model.toString(), dir.resolve("estate").toString());
		assertEquals(0, run.status(), run.err());
		String text = Files.readString(model);
		assertTrue(text.startsWith("deployment site\n"), text);
		assertTrue(text.contains("host local {\n    connection local\n"), text);
		assertTrue(text.contains("hypervisor kvm") && text.contains("runtime docker"), text);
		assertTrue(text.contains("container web on local {"), text);
		assertTrue(text.contains("vm db on local {"), text);
		String skipped = dir.resolve("estate/app/compose.yaml") + ":6:5: warning: not imported: services.web.stop_grace_period (";
		assertTrue(run.errLines().stream().anyMatch(line -> line.startsWith(skipped) && line.endsWith("[import.skipped]")),
				run.err());
		assertTrue(run.errLines().contains("berth: imported 2 elements from 2 files into " + model + "; 2 warnings"),
				run.err());
		CliRun validate = CliRun.of("validate", model.toString());
		assertEquals(0, validate.status(), validate.out());
		CliRun format = CliRun.of("format", "--check", model.toString());
		assertEquals(0, format.status(), "the model is written in the canonical layout: " + format.out());
	}

	@Test
	void relativePathsFollowTheModelToItsFolder() throws Exception {
		Path app = Files.createDirectories(dir.resolve("apps/shop"));
		Files.createDirectories(app.resolve("web"));
		Files.writeString(app.resolve("web/Dockerfile"), "FROM nginx:1.27.2\n");
		Files.createDirectories(app.resolve("html"));
		Files.writeString(app.resolve("web.env"), "MODE=production\n");
		Files.writeString(app.resolve("compose.yaml"), """
				services:
				  web:
				    build: ./web
				    env_file: web.env
				    volumes:
				      - ./html:/usr/share/nginx/html:ro
				""");
		Path model = dir.resolve("site.berth");
		CliRun run = CliRun.of("import", "-o", model.toString(), app.toString());
		assertEquals(0, run.status(), run.err());
		String text = Files.readString(model);
		assertTrue(text.contains("build \"./apps/shop/web\""), text);
		assertTrue(text.contains("env-file \"./apps/shop/web.env\""), text);
		assertTrue(text.contains("volume \"./apps/shop/html\" -> \"/usr/share/nginx/html\" readonly"), text);
		CliRun validate = CliRun.of("validate", model.toString());
		assertEquals(0, validate.status(), validate.out());
		assertFalse(validate.out().contains("file.missing"), validate.out());
	}

	@Test
	void onAMachineOfYourOwnModel() throws Exception {
		Path compose = Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
		CliRun run = CliRun.of("import", "--on", "node1", compose.toString());
		assertEquals(0, run.status(), run.err());
		assertFalse(run.out().contains("host local"), run.out());
		assertTrue(run.out().contains("container web on node1 {"), run.out());
	}

	@Test
	void invalidYamlIsAnErrorAtItsLine() throws Exception {
		Path compose = Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: [nginx\n");
		CliRun run = CliRun.of("import", compose.toString());
		assertEquals(2, run.status(), run.err());
		assertTrue(run.err().startsWith(compose + ":"), run.err());
		assertTrue(run.err().contains(": error: "), run.err());
		assertFalse(run.err().contains("Exception"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void invalidXmlIsAnErrorAtItsLine() throws Exception {
		Path domain = Files.writeString(dir.resolve("db.xml"), "<domain type='kvm'>\n  <name>db</name>\n  <vcpu>2</cpu>\n");
		CliRun run = CliRun.of("import", domain.toString());
		assertEquals(2, run.status(), run.err());
		assertTrue(run.err().startsWith(domain + ":3:"), run.err());
		assertFalse(run.err().contains("Exception"), run.err());
	}

	@Test
	void anExistingFileIsNeverOverwritten() throws Exception {
		Path compose = Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
		Path model = Files.writeString(dir.resolve("site.berth"), "deployment mine\n");
		CliRun run = CliRun.of("import", "-o", model.toString(), compose.toString());
		assertEquals(2, run.status(), run.err());
		assertEquals("deployment mine\n", Files.readString(model));
	}

	@Test
	void aMissingSourceIsAUsageError() {
		CliRun run = CliRun.of("import", dir.resolve("nothing.yaml").toString());
		assertEquals(2, run.status(), run.err());
		assertTrue(run.err().contains("nothing.yaml:1:1: error: no such file or folder"), run.err());
	}
}
