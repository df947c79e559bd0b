package dev.berth.tests.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.HaproxyImage;
import dev.berth.tests.support.Loopback;
import dev.berth.tests.support.PodmanService;
import dev.berth.tests.support.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * A generated balancer run by docker-compose against a real Podman: HAProxy, built from this
 * machine's binary and tagged as the Compose file names the image, finds two local replicas
 * through the runtime's DNS, health-checks them and spreads requests on loopback over both.
 */
class BalancerEndToEndTest {

	private static final String HEALTH = "/health.html";

	@TempDir
	Path dir;

	@Test
	void haproxyBalancesOverBothReplicasByServiceName() throws Exception {
		int port = Loopback.freePrivilegedPort();
		Path model = writeModel(port);
		CliRun generate = CliRun.of("generate", "-t", "docker", "-o", dir.resolve("out").toString(), model.toString());
		assertEquals(0, generate.status(), generate.out() + generate.err());
		Path composeFile = dir.resolve("out/docker/local/compose.yaml");
		String image = balancerImage(composeFile);
		String project = "berth" + port;
		try (PodmanService podman = PodmanService.start(dir)) {
			podman.buildBusybox(dir.resolve("busybox-image"));
			podman.build(HaproxyImage.context(Files.createDirectories(dir.resolve("haproxy-image"))), image);
			try {
				assertOk(podman.compose(composeFile, project, "up", "-d"));
				assertEquals(Set.of("web-1\n", "web-2\n"), answers(port));
				for (String replica : List.of("web-1", "web-2")) {
					assertHealthChecked(podman, PodmanService.container(project, replica));
				}
			} finally {
				podman.down(composeFile, project);
				podman.podman("rmi", image);
			}
		}
	}

	/** Two replicas that answer with their host name and log each request, behind a balancer on a free port below 1024. */
	private Path writeModel(int port) throws IOException {
		Path model = Files.createDirectories(dir.resolve("site")).resolve("site.berth");
		Files.writeString(model, """
				deployment e2e
				host local { cpu 2 cores memory 4 GiB runtime podman address "localhost" }
				container web on local {
				    image "%s"
				    replicas 2
				    memory 64 MiB
				    expose 8080
				    user "1000"
				    tmpfs "/www"
				    command ["sh", "-c", "hostname > /www/index.html && echo ok > /www%s && exec httpd -f -vv -p 8080 -h /www"]
				    restart no
				}
				balancer shop on local { listen %d targets web health "%2$s" }
				""".formatted(PodmanService.BUSYBOX_IMAGE, HEALTH, port));
		return model;
	}

	/** The image of the generated balancer service. */
	@SuppressWarnings("unchecked")
	private static String balancerImage(Path composeFile) throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(composeFile));
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		return (String) ((Map<String, Object>) services.get("shop")).get("image");
	}

	/** The distinct bodies of up to forty requests to the balancer, until two replicas have answered. */
	private static Set<String> answers(int port) throws IOException, InterruptedException {
		Set<String> answers = new HashSet<>();
		for (int request = 0; request < 40 && answers.size() < 2; request++) {
			answers.add(Loopback.get(port));
		}
		return answers;
	}

	/** The replica's log shows a health check of the balancer answered 200, awaited for fifteen seconds. */
	private static void assertHealthChecked(PodmanService podman, String container) throws Exception {
		Pattern answered = Pattern.compile("(?m)^(\\S+): url:" + Pattern.quote(HEALTH) + "$[\\s\\S]*?^\\1: response:200$");
		String log = "";
		for (int attempt = 0; attempt < 30 && !answered.matcher(log).find(); attempt++) {
			Thread.sleep(500);
			log = podman.podman("logs", container).output();
		}
		assertTrue(answered.matcher(log).find(), container + " was not health-checked:\n" + log);
	}

	private static void assertOk(Processes.Result result) {
		assertEquals(0, result.status(), result.output());
	}
}
