package dev.berth.tests.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Tools;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated Compose file run by a real Podman: two replicas serve HTTP on their own host ports,
 * with the environment, bind mount, file secret and user the model gave them.
 */
class PodmanEndToEndTest {

	private static final String IMAGE = "localhost/berth-e2e-busybox:1";
	private static final String GREETING = "cost: $5 & <more> 'quoted'";

	@TempDir
	Path dir;

	@Test
	void replicasServeWithTheirEnvironmentSecretAndMount() throws Exception {
		Path podman = Tools.require("podman", "podman and runc");
		Path compose = Tools.require("podman-compose", "podman-compose");
		Path busybox = Tools.require("busybox", "busybox-static");
		Map<String, String> env = Map.of("CONTAINERS_CONF", containersConf().toString());
		Path context = Files.createDirectories(dir.resolve("image"));
		Files.copy(busybox, context.resolve("busybox"));
		Files.writeString(context.resolve("Containerfile"), "FROM scratch\nCOPY busybox /bin/busybox\n");
		assertOk(Processes.run(context, env, List.of(podman.toString(), "build", "-q", "-t", IMAGE, ".")));
		int port = freePortPair();
		Path model = writeModel(port);
		CliRun generate = CliRun.of("generate", "-t", "docker", "-o", dir.resolve("out").toString(), model.toString());
		assertEquals(0, generate.status(), generate.out() + generate.err());
		Path composeFile = dir.resolve("out/docker/local/compose.yaml");
		String project = "berth" + port;
		List<String> base = List.of(compose.toString(), "-p", project, "-f", composeFile.toString());
		try {
			assertOk(Processes.run(composeFile.getParent(), env, concat(base, "up", "-d")));
			assertEquals("hello from berth\n", get(port));
			assertEquals("hello from berth\n", get(port + 1));
			String environment = exec(podman, env, project + "_web-1_1", "env");
			assertTrue(environment.contains("GREETING=" + GREETING + "\n"), environment);
			assertTrue(environment.contains("TOKEN_FILE=/run/secrets/token\n"), environment);
			assertEquals("s3cr$t", exec(podman, env, project + "_web-2_1", "cat", "/run/secrets/token"));
			assertEquals("1000\n", exec(podman, env, project + "_web-1_1", "id", "-u"));
		} finally {
			Processes.run(composeFile.getParent(), env, concat(base, "down"));
		}
	}

	private Path containersConf() throws IOException {
		Path conf = dir.resolve("containers.conf");
		Files.writeString(conf, "[containers]\ndefault_ulimits = [\"nofile=1024:1024\", \"nproc=4096:4096\"]\n"
				+ "[engine]\nruntime = \"runc\"\n");
		return conf;
	}

	private Path writeModel(int port) throws IOException {
		Path site = Files.createDirectories(dir.resolve("site"));
		Files.createDirectories(site.resolve("www"));
		Files.writeString(site.resolve("www/index.html"), "hello from berth\n");
		Files.createDirectories(site.resolve("secrets"));
		Files.writeString(site.resolve("secrets/token.txt"), "s3cr$t");
		Path model = site.resolve("site.berth");
		Files.writeString(model, """
				deployment e2e
				host local { cpu 2 cores memory 4 GiB runtime podman address "localhost" }
				secret token from file "secrets/token.txt"
				container web on local {
				    image "%s"
				    replicas 2
				    cpu 0.5
				    memory 64 MiB
				    port %d-%d -> 8080
				    env GREETING = "%s"
				    secret token
				    volume "./www" -> "/www" readonly
				    user "1000"
				    command "/bin/busybox httpd -f -p 8080 -h /www"
				    restart no
				}
				""".formatted(IMAGE, port, port + 1, GREETING.replace("\"", "\\\"")));
		return model;
	}

	private static String exec(Path podman, Map<String, String> env, String container, String... command)
			throws Exception {
		Processes.Result result = Processes.run(Path.of("."), env,
				concat(List.of(podman.toString(), "exec", container, "/bin/busybox"), command));
		assertOk(result);
		return result.output();
	}

	private static String get(int port) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build();
		Exception last = null;
		for (int attempt = 0; attempt < 20; attempt++) {
			try {
				return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
			} catch (IOException e) {
				last = e;
				Thread.sleep(500);
			}
		}
		throw last;
	}

	/** A free port whose successor is free too, for a two-port range. */
	private static int freePortPair() throws IOException {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(first.getLocalPort() + 1)) {
				return first.getLocalPort();
			} catch (IOException e) {
				continue;
			}
		}
		throw new IOException("no two consecutive free ports");
	}

	private static List<String> concat(List<String> head, String... tail) {
		return Stream.concat(head.stream(), Arrays.stream(tail)).toList();
	}

	private static void assertOk(Processes.Result result) {
		assertEquals(0, result.status(), result.output());
	}
}
