package dev.berth.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Inject;
import dev.berth.formatting2.DocumentFormatter;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.ModelFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The canonical layout, its stability, and {@code berth format} on files. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class FormatterTest {

	@Inject
	private ModelFixture fixture;

	@Inject
	private DocumentFormatter formatter;

	@TempDir
	Path dir;

	private String format(String text) {
		return formatter.format((XtextResource) fixture.parse(text).eResource());
	}

	@Test
	void aMessyModelGetsTheCanonicalLayout() {
		assertEquals("""
				deployment acme.shop

				import acme.infra.*

				host node1 {
				    cpu 16 cores
				    memory 64 GiB
				    overcommit cpu 4.0 memory 1.0
				}

				secret a from env "A"
				secret b from file "b.txt"

				container web on node1, node2 {
				    image "nginx:1.27.2"
				    port 8080-8081 -> 80 udp
				    env LOG = "info" // a comment stays
				    depends on db, cache
				}

				balancer lb on node1 {
				    targets web:80, api
				}
				""", format("""
				deployment   acme . shop import acme.infra.*
				host node1 {cpu 16 cores memory 64 GiB
				  overcommit cpu 4.0 memory 1.0}
				secret a from env "A" secret b from file "b.txt"
				container web on node1 ,node2 { image "nginx:1.27.2" port 8080 - 8081->80 udp
				env LOG = "info" // a comment stays
				      depends on db , cache }
				balancer lb on node1 { targets web : 80 , api }
				"""));
	}

	@Test
	void releaseTwoContainerPropertiesTakeOneLineEach() {
		assertEquals("""
				deployment d

				host h {
				    runtime docker
				}

				container api on h {
				    build "./api"
				    build-arg V = "1"
				    port 80 -> 80 listen "127.0.0.1" udp
				    env A from env "B"
				    entrypoint ["a", "b"]
				    command []
				    healthcheck "x" every 10 s timeout 2 s
				    cap add NET_ADMIN, SYS_TIME
				    read-only
				    label a.b.c = "x"
				    label "k" = "v"
				    sandbox kata
				    depends on h healthy, api completed
				}
				""", format("""
				deployment d host h { runtime docker }
				container api on h { build "./api"  build-arg V="1" port 80->80 listen "127.0.0.1" udp env A from env "B"
				  entrypoint [ "a","b" ] command [ ] healthcheck "x"   every 10 s timeout 2 s cap add NET_ADMIN , SYS_TIME
				  read-only label a . b . c="x" label "k"="v" sandbox kata depends on h healthy , api completed }
				"""));
	}

	@Test
	void aVolumeKeepsItsOptionsOnItsLine() {
		assertEquals("""
				deployment d

				host h {
				    runtime docker
				}

				container db on h {
				    volume "pgdata" -> "/var/lib/postgresql/data" size 50 GiB
				    volume "a" -> "/b" readonly size 1 GiB
				    volume "c" -> "/d" size 1.5 MB readonly
				    memory 1 GiB
				}
				""", format("""
				deployment d host h { runtime docker }
				container db on h { volume "pgdata"->"/var/lib/postgresql/data"   size 50 GiB volume "a" -> "/b"
				  readonly
				  size 1 GiB volume "c" -> "/d" size
				  1.5 MB readonly memory 1 GiB }
				"""));
	}

	@Test
	void theContractExampleIsStable() throws IOException {
		String text;
		try (InputStream in = getClass().getResourceAsStream("/contract/contract-example.berth")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String once = format(text);
		assertEquals(once, format(once));
		assertEquals(text.lines().filter(l -> l.contains("//")).count(), once.lines().filter(l -> l.contains("//")).count());
		assertEquals(List.of(), fixture.errors(fixture.parse(once)));
	}

	@Test
	void theCommandRewritesFilesAndChecks() throws IOException {
		Path file = dir.resolve("site.berth");
		Files.writeString(file, "deployment d host h {cpu 2 cores}\n");
		CliRun check = CliRun.of("format", "--check", file.toString());
		assertEquals(1, check.status());
		assertEquals(List.of(file + ": not in the canonical layout"), check.outLines());
		assertEquals("deployment d host h {cpu 2 cores}\n", Files.readString(file));
		assertEquals(0, CliRun.of("format", file.toString()).status());
		assertEquals("deployment d\n\nhost h {\n    cpu 2 cores\n}\n", Files.readString(file));
		assertEquals(0, CliRun.of("format", "--check", file.toString()).status());
	}

	@Test
	void aFileWithSyntaxErrorsIsLeftAlone() throws IOException {
		Path file = dir.resolve("broken.berth");
		Files.writeString(file, "deployment d host h {cpu two}\n");
		CliRun run = CliRun.of("format", file.toString());
		assertEquals(1, run.status());
		assertTrue(run.out().contains("[syntax]"), run.out());
		assertEquals("deployment d host h {cpu two}\n", Files.readString(file));
	}
}
