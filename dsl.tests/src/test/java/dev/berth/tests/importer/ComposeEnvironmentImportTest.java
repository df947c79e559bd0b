package dev.berth.tests.importer;

import static dev.berth.tests.importer.ComposeImport.of;
import static dev.berth.tests.importer.ComposeImport.reported;
import static dev.berth.tests.importer.ComposeImport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.importer.ImportedSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Environment as a list and as a mapping (literals, {@code $$}, variables of the environment), env files, labels and build. */
class ComposeEnvironmentImportTest {

	@TempDir
	Path dir;

	@Test
	void listFormCarriesLiteralsAndVariablesOfTheEnvironment() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  api:
				    image: shop/api:2.4.1
				    environment:
				      - LOG_LEVEL=info
				      - PRICE=$$5
				      - TOKEN=${API_TOKEN:?set API_TOKEN}
				      - HOME_DIR=$HOME
				      - REGION=${REGION:-eu}
				      - URL=http://${HOST}:80
				      - PAIR=${A:?a}${B}
				      - PASSTHROUGH
				      - bad.key=1
				    env_file:
				      - api.env
				      - path: extra.env
				        required: false
				""");
		assertEquals("""
				container api on local {
				    image "shop/api:2.4.1"
				    env LOG_LEVEL = "info"
				    env PRICE = "$5"
				    env TOKEN from env "API_TOKEN"
				    env HOME_DIR from env "HOME"
				    env REGION from env "REGION"
				    env PASSTHROUGH from env "PASSTHROUGH"
				    env-file "./api.env"
				    env-file "./extra.env"
				    restart no
				}
				""", text(site));
		assertEquals(List.of("9:9 services.api.environment.REGION default", "10:9 services.api.environment.URL",
				"11:9 services.api.environment.PAIR", "12:9 services.api.environment.PASSTHROUGH changed",
				"13:9 services.api.environment.bad.key", "17:9 services.api.env_file.required"), reported(site));
		ComposeImport.assertValid(dir, site);
	}

	@Test
	void mapFormCarriesTheSameAsTheListForm() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  api:
				    image: shop/api:2.4.1
				    environment:
				      LOG_LEVEL: info
				      WORKERS: 4
				      TOKEN: ${API_TOKEN}
				      EMPTY:
				    env_file: api.env
				    labels:
				      com.example.tier: backend
				      dev.berth.machine: elsewhere
				""");
		assertEquals("""
				container api on local {
				    image "shop/api:2.4.1"
				    env LOG_LEVEL = "info"
				    env WORKERS = "4"
				    env TOKEN from env "API_TOKEN"
				    env EMPTY from env "EMPTY"
				    env-file "./api.env"
				    label "com.example.tier" = "backend"
				    restart no
				}
				""", text(site));
		assertEquals(List.of("8:7 services.api.environment.EMPTY changed", "12:7 services.api.labels.dev.berth.machine"), reported(site));
		ComposeImport.assertValid(dir, site);
	}

	@Test
	void buildAsStringAndAsMappingWithArgsAsListOrMap() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  one:
				    build: ./one
				    labels: ["tier=a"]
				  two:
				    build:
				      context: ./two
				      dockerfile: Dockerfile.prod
				      target: runtime
				      args:
				        - VERSION=2.4.1
				        - FROM_SHELL
				      cache_from: [shop/two:cache]
				  three:
				    image: shop/three:1
				    build:
				      args:
				        VERSION: "1.0"
				""");
		assertEquals("""
				container one on local {
				    build "./one"
				    label "tier" = "a"
				    restart no
				}
				container two on local {
				    build "./two"
				    dockerfile "Dockerfile.prod"
				    build-target "runtime"
				    build-arg VERSION = "2.4.1"
				    restart no
				}
				container three on local {
				    image "shop/three:1"
				    build "."
				    build-arg VERSION = "1.0"
				    restart no
				}
				""", text(site));
		assertEquals(List.of("12:11 services.two.build.args.FROM_SHELL", "13:7 services.two.build.cache_from"), reported(site));
		ComposeImport.assertValid(dir, site);
	}
}
