package dev.berth.tests.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.ComposeRun;
import dev.berth.tests.support.Loopback;
import dev.berth.tests.support.PodmanService;
import dev.berth.tests.support.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated Compose file run by docker-compose against a real Podman: a client that waits for
 * two healthy replicas fetches their page by the container's name, and the replicas serve HTTP on
 * their own host ports with the environment, bind mount, file secret and user the model gave them.
 */
class PodmanEndToEndTest {

	private static final String GREETING = "cost: $5 & <more> 'quoted'";
	private static final String PAGE = "hello from berth\n";
	private static final String CLIENT_IMAGE = "localhost/berth-e2e-client:1";

	@TempDir
	Path dir;

	@Test
	void clientReachesHealthyReplicasByNameAndReplicasServeTheirSettings() throws Exception {
		int port = Loopback.freePortPair();
		Path model = writeModel(port);
		CliRun generate = CliRun.of("generate", "-t", "docker", "-o", dir.resolve("out").toString(), model.toString());
		assertEquals(0, generate.status(), generate.out() + generate.err());
		Path composeFile = dir.resolve("out/docker/local/compose.yaml");
		String project = "berth" + port;
		String server1 = PodmanService.container(project, "server-1");
		String server2 = PodmanService.container(project, "server-2");
		try (PodmanService podman = PodmanService.start(dir)) {
			podman.buildBusybox(dir.resolve("image"));
			try (PodmanService.HealthChecks checks = podman.healthChecks(server1, server2)) {
				try {
					ComposeRun.stage(model, dir.resolve("out"));
					assertOk(podman.compose(composeFile, project, Map.of("E2E_ATTEMPTS", "3"), "up", "-d"));
					assertEquals(PAGE, fetched(podman, PodmanService.container(project, "client")));
					assertEquals(PAGE, Loopback.get(port));
					assertEquals(PAGE, Loopback.get(port + 1));
					String environment = podman.exec(server1, "env");
					assertTrue(environment.contains("GREETING=" + GREETING + "\n"), environment);
					assertTrue(environment.contains("TOKEN_FILE=/run/secrets/token\n"), environment);
					assertEquals("s3cr$t", podman.exec(server2, "cat", "/run/secrets/token"));
					assertEquals("1000\n", podman.exec(server1, "id", "-u"));
				} finally {
					podman.down(composeFile, project);
					podman.podman("rmi", "-f", CLIENT_IMAGE);
				}
			}
		}
	}

	/**
	 * A site whose server starts its HTTP server only after five seconds, while the client (built
	 * from a context beside the model, its target from an env file, its number of attempts from the
	 * deploying environment) tries three times a second apart: the client gets the page only if it
	 * waited for the health check.
	 */
	private Path writeModel(int port) throws IOException {
		Path site = Files.createDirectories(dir.resolve("site"));
		Files.createDirectories(site.resolve("www"));
		Files.writeString(site.resolve("www/index.html"), PAGE);
		Files.createDirectories(site.resolve("secrets"));
		Files.writeString(site.resolve("secrets/token.txt"), "s3cr$t");
		Files.createDirectories(site.resolve("fetched"));
		Files.setPosixFilePermissions(site.resolve("fetched"), PosixFilePermissions.fromString("rwxrwxrwx"));
		Path client = Files.createDirectories(site.resolve("client"));
		Files.writeString(client.resolve("Containerfile.e2e"), "FROM " + PodmanService.BUSYBOX_IMAGE
				+ "\nARG SCRIPT\nCOPY ${SCRIPT} /fetch.sh\n");
		Files.writeString(client.resolve("fetch.sh"), """
				try=0
				while [ "$try" -lt "$ATTEMPTS" ]; do
				  wget -q -O /fetched/page.tmp "$TARGET" && mv /fetched/page.tmp /fetched/page && exit 0
				  try=$((try + 1))
				  sleep 1
				done
				exit 1
				""");
		Files.writeString(site.resolve("client.env"), "TARGET=http://server:8080/\n");
		Path model = site.resolve("site.berth");
		Files.writeString(model, """
				deployment e2e
				host local { cpu 2 cores memory 4 GiB runtime podman address "localhost" }
				secret token from file "secrets/token.txt"
				container server on local {
				    image "%s"
				    replicas 2
				    cpu 0.5
				    memory 64 MiB
				    port %d-%d -> 8080
				    env GREETING = "%s"
				    secret token
				    volume "./www" -> "/www" readonly
				    user "1000"
				    command ["sh", "-c", "sleep 5 && exec httpd -f -p 8080 -h /www"]
				    healthcheck "wget -q -O /dev/null http://127.0.0.1:8080/" every 2 s timeout 2 s start 60 s
				    restart no
				}
				container client on local {
				    build "./client"
				    dockerfile "Containerfile.e2e"
				    build-arg SCRIPT = "fetch.sh"
				    image "%5$s"
				    memory 64 MiB
				    volume "./fetched" -> "/fetched"
				    user "1000"
				    env-file "client.env"
				    env ATTEMPTS from env "E2E_ATTEMPTS"
				    command ["sh", "/fetch.sh"]
				    restart no
				    depends on server healthy
				}
				""".formatted(PodmanService.BUSYBOX_IMAGE, port, port + 1, GREETING.replace("\"", "\\\""), CLIENT_IMAGE));
		return model;
	}

	/** The page the client wrote into its bind mount (the deployment's copy of {@code ./fetched}), awaited for twenty seconds. */
	private String fetched(PodmanService podman, String client) throws Exception {
		Path page = dir.resolve("out/docker/local/bind/client/1-fetched/page");
		for (int attempt = 0; attempt < 40 && !Files.exists(page); attempt++) {
			Thread.sleep(500);
		}
		if (!Files.exists(page)) {
			fail("the client fetched nothing: " + podman.podman("logs", client).output());
		}
		return Files.readString(page);
	}

	private static void assertOk(Processes.Result result) {
		assertEquals(0, result.status(), result.output());
	}
}
