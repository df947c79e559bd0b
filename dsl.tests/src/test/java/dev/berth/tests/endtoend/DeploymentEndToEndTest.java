package dev.berth.tests.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.HaproxyImage;
import dev.berth.tests.support.PodmanService;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.TestHosts;
import dev.berth.tests.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code berth plan}, {@code deploy} and {@code destroy} run by the shipped command line against
 * three test hosts (network namespaces with an sshd each, made by {@link TestHosts}) through real
 * Ansible and Podman: a web container spread over the three hosts behind a balancer on the first.
 */
class DeploymentEndToEndTest {

	private static final String DEPLOYMENT = "e2e.multi";

	@TempDir
	Path dir;

	@Test
	void plansDeploysTwiceAndDestroysTwiceOverThreeHosts() throws Exception {
		Tools.require("ansible-playbook", "ansible");
		Tools.require("podman", "podman");
		try (TestHosts hosts = TestHosts.start(3)) {
			Path model = writeModel(hosts, "hello");
			List<String> images = new ArrayList<>();
			try {
				CliResult plan = berth(hosts, "plan", model);
				assertEquals(0, plan.status(), plan.output());
				for (int host = 1; host <= 3; host++) {
					assertTrue(plan.line(hosts.name(host)).contains("to create"), plan.output());
				}
				buildImages(images);

				CliResult deploy = berth(hosts, "deploy", model);
				assertEquals(0, deploy.status(), deploy.output());
				assertEquals(Set.of("web-1\n", "web-2\n", "web-3\n"), answers(hosts, 2));
				assertSecretOwnerOnly(hosts);

				CliResult again = berth(hosts, "deploy", model);
				assertEquals(0, again.status(), again.output());
				assertTrue(again.output().contains("no change"), again.output());

				writeModel(hosts, "changed");
				CliResult edited = berth(hosts, "plan", model);
				assertEquals(0, edited.status(), edited.output());
				assertTrue(edited.line(hosts.name(2)).contains("1 to change"), edited.output());
				for (int host : new int[] { 1, 3 }) {
					assertTrue(edited.line(hosts.name(host)).contains("0 to create, 0 to change, 0 to remove"),
							edited.output());
				}

				for (int round = 0; round < 2; round++) {
					CliResult destroy = berth(hosts, "destroy", model);
					assertEquals(0, destroy.status(), destroy.output());
					assertTrue(labelled("ps", "-a").isEmpty(), "containers are left after destroy " + round);
				}

				hosts.makeUnreachable(3);
				CliResult failed = berth(hosts, "deploy", model);
				assertEquals(4, failed.status(), failed.output());
				assertTrue(failed.output().contains(hosts.name(3)), failed.output());
				assertTrue(answers(hosts, 2).containsAll(Set.of("web-1\n", "web-2\n")), "host1 and host2 keep serving");
			} finally {
				removeLabelled();
				for (String image : images) {
					podman("rmi", "-f", image);
				}
			}
		}
	}

	/** Three hosts with one web replica each behind a balancer on host1, and a note container on host2 only. */
	private Path writeModel(TestHosts hosts, String greeting) throws IOException {
		Path site = Files.createDirectories(dir.resolve("site"));
		Files.createDirectories(site.resolve("secrets"));
		Files.writeString(site.resolve("secrets/token.txt"), "s3cr$t");
		StringBuilder text = new StringBuilder("deployment " + DEPLOYMENT + "\n");
		for (int host = 1; host <= hosts.size(); host++) {
			text.append("host %s { cpu 2 cores memory 4 GiB os linux runtime podman address \"%s\" }\n"
					.formatted(hosts.name(host), hosts.address(host)));
		}
		text.append("""
				secret token from file "secrets/token.txt"
				container web on host1, host2, host3 {
				    image "%1$s"
				    replicas 3
				    memory 64 MiB
				    port 8080 -> 8080
				    user "1000"
				    secret token
				    tmpfs "/www"
				    command ["sh", "-c", "hostname > /www/index.html && echo ok > /www/health.html && exec httpd -f -p 8080 -h /www"]
				}
				container note on host2 {
				    image "%1$s"
				    memory 32 MiB
				    user "1000"
				    env GREETING = "%2$s"
				    command ["sleep", "3600"]
				}
				balancer shop on host1 { listen 9090 targets web health "/health.html" }
				""".formatted(PodmanService.BUSYBOX_IMAGE, greeting));
		Path model = site.resolve("site.berth");
		Files.writeString(model, text);
		return model;
	}

	/** The busybox image of the containers and the HAProxy image the balancer names, in the shared storage. */
	private void buildImages(List<String> images) throws Exception {
		Path conf = PodmanService.containersConf(dir);
		Path busybox = PodmanService.busyboxContext(Files.createDirectories(dir.resolve("busybox-image")));
		build(conf, busybox, PodmanService.BUSYBOX_IMAGE, images);
		Path haproxy = HaproxyImage.context(Files.createDirectories(dir.resolve("haproxy-image")));
		build(conf, haproxy, balancerImage(), images);
	}

	private void build(Path conf, Path context, String tag, List<String> images) throws Exception {
		if (podman("image", "exists", tag).status() == 0) {
			return;
		}
		Processes.Result built = Processes.run(dir, Map.of("CONTAINERS_CONF", conf.toString()),
				List.of("podman", "build", "-q", "-t", tag, context.toString()));
		assertEquals(0, built.status(), built.output());
		images.add(tag);
	}

	@SuppressWarnings("unchecked")
	private String balancerImage() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(dir.resolve("out/docker/host1/compose.yaml")));
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		return (String) ((Map<String, Object>) services.get("shop")).get("image");
	}

	/**
	 * The distinct bodies of requests to the balancer from a host, a quarter of a second apart, until
	 * three replicas answered or twenty seconds passed (HAProxy takes remote servers in after their
	 * first health check).
	 */
	private static Set<String> answers(TestHosts hosts, int from) throws Exception {
		Set<String> answers = new HashSet<>();
		String url = "http://" + hosts.address(1) + ":9090/";
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		for (int request = 0; request < 80 && answers.size() < 3 && System.nanoTime() < deadline; request++) {
			answers.add(hosts.httpGet(from, url));
			Thread.sleep(250);
		}
		return answers;
	}

	/** The token reaches host2's replica from a file readable by the container's user only. */
	private void assertSecretOwnerOnly(TestHosts hosts) throws Exception {
		List<String> names = labelled("ps", "-a", "--filter", "label=dev.berth.machine=" + hosts.name(2),
				"--filter", "label=dev.berth.container=web");
		assertEquals(1, names.size(), names.toString());
		Processes.Result mounts = podman("inspect", "--format",
				"{{range .Mounts}}{{if eq .Destination \"/run/secrets/token\"}}{{.Source}}{{end}}{{end}}", names.get(0));
		String source = mounts.output().strip();
		assertFalse(source.isEmpty(), "no secret mount in " + names.get(0));
		Processes.Result stat = hosts.ssh(2, "stat", "-c", "%a %u", source);
		assertEquals("600 1000", stat.output().strip(), stat.output());
		Processes.Result read = podman("exec", names.get(0), "cat", "/run/secrets/token");
		assertEquals("s3cr$t", read.output());
	}

	/** Names of the deployment's containers (or other podman objects) in the shared storage. */
	private List<String> labelled(String... listing) throws Exception {
		List<String> command = new ArrayList<>(List.of(listing));
		command.addAll(List.of("--filter", "label=dev.berth.deployment=" + DEPLOYMENT, "--format", "{{.Names}}"));
		Processes.Result result = podman(command.toArray(String[]::new));
		return result.output().lines().filter(line -> !line.isBlank()).toList();
	}

	/** Removes what the deployment left where a host was unreachable, by label, in the shared storage. */
	private void removeLabelled() throws Exception {
		String label = "label=dev.berth.deployment=" + DEPLOYMENT;
		for (String container : labelled("ps", "-a")) {
			podman("rm", "-f", "-t", "0", container);
		}
		for (String kind : List.of("network", "volume")) {
			podman(kind, "prune", "-f", "--filter", label);
		}
	}

	private Processes.Result podman(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("podman"));
		command.addAll(List.of(args));
		return Processes.run(dir, Map.of("CONTAINERS_CONF", PodmanService.containersConf(dir).toString()), command);
	}

	/** Runs the shipped command line as a process, with the environment Ansible needs to reach the test hosts. */
	private CliResult berth(TestHosts hosts, String command, Path model) throws IOException, InterruptedException {
		Map<String, String> environment = new HashMap<>(hosts.ansibleEnvironment());
		environment.put("CONTAINERS_CONF", PodmanService.containersConf(dir).toString());
		List<String> line = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				Project.path("dsl/target/berth-cli.jar").toString(), command, "-o", dir.resolve("out").toString(),
				model.toString());
		Processes.Result result = Processes.run(dir, environment, line);
		return new CliResult(result.status(), result.output());
	}

	/** What one run of the command line printed (standard output and error together). */
	private record CliResult(int status, String output) {

		/** The first line that starts with a machine's name, or an empty string. */
		String line(String machine) {
			return output.lines().filter(l -> l.startsWith(machine + ":") || l.startsWith("berth: " + machine + ":"))
					.filter(l -> l.contains(" to ")).findFirst().orElse("");
		}
	}
}
