package dev.berth.tests.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.Loopback;
import dev.berth.tests.support.PodmanService;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
	private static final Pattern LIBRARY = Pattern.compile("(/\\S+) \\(0x");

	@TempDir
	Path dir;

	@Test
	void haproxyBalancesOverBothReplicasByServiceName() throws Exception {
		Path haproxy = Tools.require("haproxy", "haproxy");
		int port = Loopback.freePrivilegedPort();
		Path model = writeModel(port);
		CliRun generate = CliRun.of("generate", "-t", "docker", "-o", dir.resolve("out").toString(), model.toString());
		assertEquals(0, generate.status(), generate.out() + generate.err());
		Path composeFile = dir.resolve("out/docker/local/compose.yaml");
		String image = balancerImage(composeFile);
		String project = "berth" + port;
		try (PodmanService podman = PodmanService.start(dir)) {
			podman.buildBusybox(dir.resolve("busybox-image"));
			buildHaproxy(podman, haproxy, image);
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

	/**
	 * An image FROM scratch with this machine's HAProxy and the shared libraries it loads, run as
	 * the official image runs it: user 99, configuration in {@code /usr/local/etc/haproxy}.
	 */
	private void buildHaproxy(PodmanService podman, Path haproxy, String tag) throws IOException, InterruptedException {
		Path context = dir.resolve("haproxy-image");
		Path root = context.resolve("root");
		Processes.Result ldd = Processes.run(dir, "ldd", haproxy.toString());
		assertOk(ldd);
		copyInto(root, haproxy, Path.of("/usr/sbin/haproxy"));
		Matcher library = LIBRARY.matcher(ldd.output());
		while (library.find()) {
			Path path = Path.of(library.group(1));
			copyInto(root, path, path);
		}
		Files.writeString(context.resolve("Containerfile"), """
				FROM scratch
				COPY root/ /
				USER 99:99
				STOPSIGNAL SIGUSR1
				CMD ["/usr/sbin/haproxy", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]
				""");
		podman.build(context, tag);
	}

	private static void copyInto(Path root, Path file, Path target) throws IOException {
		Path copy = root.resolve(target.toString().substring(1));
		Files.createDirectories(copy.getParent());
		Files.copy(file, copy);
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
