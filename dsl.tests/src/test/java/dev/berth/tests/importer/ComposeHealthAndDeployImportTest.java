package dev.berth.tests.importer;

import static dev.berth.tests.importer.ComposeImport.message;
import static dev.berth.tests.importer.ComposeImport.of;
import static dev.berth.tests.importer.ComposeImport.reported;
import static dev.berth.tests.importer.ComposeImport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.importer.ImportedSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health checks in every test form, deploy (replicas, limits), the older limits, runtimes as sandboxes, and the process keys. */
class ComposeHealthAndDeployImportTest {

	@TempDir
	Path dir;

	@Test
	void healthcheckTestFormsBecomeShellCommands() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  a:
				    image: a:1
				    healthcheck:
				      test: curl -f http://localhost/
				      interval: 1m30s
				      timeout: 500ms
				      retries: 5
				      start_period: 2h
				      start_interval: 1s
				  b:
				    image: b:1
				    healthcheck:
				      test: ["CMD-SHELL", "redis-cli ping || exit 1"]
				  c:
				    image: c:1
				    healthcheck:
				      test: ["CMD", "pg_isready", "-U", "shop owner"]
				      interval: 10s
				  d:
				    image: d:1
				    healthcheck:
				      test: ["NONE"]
				  e:
				    image: e:1
				    healthcheck:
				      disable: true
				""");
		String text = text(site);
		assertTrue(text.contains("    healthcheck \"curl -f http://localhost/\" every 90 s timeout 500 ms retries 5 start 2 h\n"), text);
		assertTrue(text.contains("    healthcheck \"redis-cli ping || exit 1\"\n"), text);
		assertTrue(text.contains("    healthcheck \"pg_isready -U 'shop owner'\" every 10 s\n"), text);
		assertEquals(3, text.split("healthcheck").length - 1);
		assertEquals(List.of("10:7 services.a.healthcheck.start_interval", "18:13 services.c.healthcheck.test changed",
				"23:13 services.d.healthcheck.test", "27:7 services.e.healthcheck"), reported(site));
		assertTrue(message(site, "services.c.healthcheck.test").contains("shell form pg_isready -U 'shop owner'"));
		ComposeImport.assertValid(dir, site);
	}

	@Test
	void deployCarriesReplicasAndLimitsTheRestIsReported() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  web:
				    image: nginx:1.27
				    deploy:
				      replicas: 3
				      resources:
				        limits:
				          cpus: '0.5'
				          memory: 1.5gb
				          pids: 100
				        reservations:
				          memory: 128m
				      restart_policy:
				        condition: on-failure
				    runtime: runsc
				  legacy:
				    image: legacy:1
				    mem_limit: 512m
				    cpus: 2
				    runtime: io.containerd.kata-fc.v2
				    deploy:
				      replicas: 1
				      resources:
				        limits:
				          memory: 1g
				""");
		assertEquals("""
				container web on local {
				    image "nginx:1.27"
				    replicas 3
				    cpu 0.5
				    memory 1536 MiB
				    sandbox gvisor
				    restart no
				}
				container legacy on local {
				    image "legacy:1"
				    memory 512 MiB
				    cpu 2
				    sandbox kata-fc
				    restart no
				}
				""", text(site));
		assertEquals(List.of("10:11 services.web.deploy.resources.limits.pids", "11:9 services.web.deploy.resources.reservations",
				"13:7 services.web.deploy.restart_policy", "25:19 services.legacy.deploy.resources.limits.memory"), reported(site));
		ComposeImport.assertValid(dir, site);
	}

	@Test
	void processAndSecurityKeysAreCarriedAndTheRestReportedAtTheirLines() throws Exception {
		// a value read from the environment is carried only by env and secret: the host name here is reported
		ImportedSite site = of(dir, """
				services:
				  api:
				    image: shop/api:1
				    container_name: shop-api
				    command: ["serve", "--port", "8080"]
				    entrypoint: /docker-entrypoint.sh
				    user: "10001"
				    working_dir: /srv
				    hostname: ${SITE}-api
				    restart: on-failure:3
				    cap_add: [NET_BIND_SERVICE]
				    cap_drop:
				      - ALL
				    read_only: true
				    privileged: false
				    stop_grace_period: 30s
				    x-note: kept by Compose
				    image_tag: ${TAG}
				""");
		assertEquals("""
				container api on local {
				    image "shop/api:1"
				    command ["serve", "--port", "8080"]
				    entrypoint "/docker-entrypoint.sh"
				    user "10001"
				    workdir "/srv"
				    restart on-failure
				    cap add NET_BIND_SERVICE
				    cap drop ALL
				    read-only
				}
				""", text(site));
		assertEquals(List.of("4:5 services.api.container_name", "9:15 services.api.hostname", "10:14 services.api.restart retries",
				"16:5 services.api.stop_grace_period", "17:5 services.api.x-note", "18:5 services.api.image_tag"), reported(site));
		assertTrue(site.diagnostics().get(0).toLine().endsWith("compose.yaml:4:5: warning: not imported: services.api.container_name "
				+ "(Berth names the container after the service (NAME, or NAME-1..n with replicas)) [import.skipped]"));
		ComposeImport.assertValid(dir, site);
	}
}
