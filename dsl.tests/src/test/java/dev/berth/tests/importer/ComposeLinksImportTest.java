package dev.berth.tests.importer;

import static dev.berth.tests.importer.ComposeImport.of;
import static dev.berth.tests.importer.ComposeImport.reported;
import static dev.berth.tests.importer.ComposeImport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.importer.ImportedSite;
import dev.berth.importer.compose.ComposeImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What services name: depends_on (list or mapping with conditions), secrets and networks, and names made valid. */
class ComposeLinksImportTest {

	@TempDir
	Path dir;

	@Test
	void dependsOnAsListAndAsMappingWithConditions() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  web:
				    image: nginx:1.27
				    depends_on: [api, cache]
				  api:
				    image: shop/api:1
				    depends_on:
				      db:
				        condition: service_healthy
				        restart: true
				      migrate:
				        condition: service_completed_successfully
				      cache:
				        condition: service_started
				        required: true
				      ghost:
				        condition: service_started
				  db: { image: "postgres:16", healthcheck: { test: pg_isready } }
				  cache: { image: "redis:7.4" }
				  migrate: { image: "shop/migrate:1" }
				""");
		String text = text(site);
		assertTrue(text.contains("    depends on api, cache\n"), text);
		assertTrue(text.contains("    depends on db healthy, migrate completed, cache\n"), text);
		assertEquals(List.of("10:9 services.api.depends_on.db.restart", "16:7 services.api.depends_on ghost"), reported(site));
		ComposeImport.assertValid(dir, site);
	}

	@Test
	void secretsFromFileOrEnvironmentInShortAndLongForm() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  api:
				    image: shop/api:1
				    secrets:
				      - db_password
				      - source: api_token
				        target: api_token
				        mode: 0400
				      - source: swarm_key
				secrets:
				  db_password:
				    file: ./secrets/db_password.txt
				  api_token:
				    environment: API_TOKEN
				  swarm_key:
				    external: true
				""");
		assertEquals("""
				secret db_password from file "./secrets/db_password.txt"
				secret api_token from env "API_TOKEN"
				container api on local {
				    image "shop/api:1"
				    secret db_password
				    secret api_token
				    restart no
				}
				""", text(site));
		assertEquals(List.of("16:5 secrets.swarm_key.external", "15:3 secrets.swarm_key", "8:9 services.api.secrets.api_token.mode",
				"9:9 services.api.secrets swarm_key"), reported(site));
		ComposeImport.assertValid(dir, site);
	}

	@Test
	void bridgeNetworksWithTheirSubnetAreCarriedOthersReported() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  web:
				    image: nginx:1.27
				    networks: [front, default]
				  api:
				    image: shop/api:1
				    networks:
				      front:
				        aliases: [backend]
				      outside:
				networks:
				  front:
				    driver: bridge
				    ipam:
				      driver: default
				      config:
				        - subnet: 10.1.0.0/24
				          gateway: 10.1.0.1
				          ip_range: 10.1.0.128/25
				  outside:
				    external: true
				""");
		assertEquals("""
				network front {
				    subnet "10.1.0.0/24"
				    gateway "10.1.0.1"
				}
				container web on local {
				    image "nginx:1.27"
				    network front
				    restart no
				}
				container api on local {
				    image "shop/api:1"
				    network front
				    restart no
				}
				""", text(site));
		assertEquals(List.of("15:7 networks.front.ipam.driver", "19:11 networks.front.ipam.config.ip_range", "20:3 networks.outside",
				"4:15 services.web.networks default", "9:9 services.api.networks.front.aliases", "10:7 services.api.networks outside"),
				reported(site));
		ComposeImport.assertValid(dir, site);
	}

	@Test
	void aSecondFileWhoseNamesAreTakenGetsNumberedNames() throws Exception {
		ImportedSite site = of(dir, "services:\n  web:\n    image: nginx:1.27\n");
		Files.writeString(dir.resolve("other.yaml"), """
				services:
				  web:
				    image: nginx:1.27
				  api:
				    image: shop/api:1
				    depends_on: [web]
				""");
		new ComposeImporter().read(dir.resolve("other.yaml"), site);
		assertTrue(text(site).contains("container web-2 on local"), text(site));
		assertTrue(text(site).contains("depends on web-2\n"), text(site));
		assertEquals(List.of("2:3 renamed"), reported(site));
		assertTrue(site.diagnostics().get(0).toLine().contains("other.yaml:2:3: warning: renamed: service web is web-2"));
		ComposeImport.assertValid(dir, site);
	}

	@Test
	void namesThatAreNotBerthNamesAreRenamedAndReported() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  web.frontend:
				    image: nginx:1.27
				    depends_on: [2fa]
				  2fa:
				    image: shop/2fa:1
				""");
		assertTrue(text(site).contains("container web_frontend on local"));
		assertTrue(text(site).contains("depends on _2fa\n"));
		assertEquals(List.of("2:3 renamed", "5:3 renamed"), reported(site));
		assertTrue(site.diagnostics().get(0).toLine().matches(".*compose\\.yaml:2:3: warning: renamed: service web\\.frontend is "
				+ "web_frontend in the model \\(not a Berth name.*\\) \\[import\\.renamed\\]"), site.diagnostics().get(0).toLine());
		ComposeImport.assertValid(dir, site);
	}
}
