package dev.berth.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Podman API service on a socket of the test's own, which docker-compose 1.29 drives as a Docker
 * engine (podman-compose never applies network aliases), stopped by its pid on close.
 */
public final class PodmanService implements AutoCloseable {

	/** A static busybox with every applet linked into {@code /bin}, so that a container has a shell. */
	public static final String BUSYBOX_IMAGE = "localhost/berth-e2e-busybox:2";

	/** Where Podman looks for CNI plugins by default. */
	private static final List<Path> CNI_PLUGIN_DIRS = Stream.of("/usr/local/libexec/cni", "/usr/libexec/cni",
			"/usr/local/lib/cni", "/usr/lib/cni", "/opt/cni/bin").map(Path::of).toList();

	private final Path podman;
	private final Path compose;
	private final Map<String, String> environment;
	private final Process process;

	private PodmanService(Path podman, Path compose, Map<String, String> environment, Process process) {
		this.podman = podman;
		this.compose = compose;
		this.environment = environment;
		this.process = process;
	}

	/**
	 * Starts {@code podman system service} on {@code DIR/podman.sock} with a {@code containers.conf}
	 * that this machine needs: runc, ulimits within the caller's own, and the CNI backend, under
	 * which the dnsname plugin resolves container names and aliases.
	 */
	public static PodmanService start(Path dir) throws IOException, InterruptedException {
		Path podman = Tools.require("podman", "podman");
		Tools.require("runc", "runc");
		Path compose = Tools.require("docker-compose", "docker-compose");
		Tools.requireFile("golang-github-containernetworking-plugin-dnsname",
				CNI_PLUGIN_DIRS.stream().map(d -> d.resolve("dnsname")).toArray(Path[]::new));
		Path conf = containersConf(dir);
		Path socket = dir.resolve("podman.sock");
		Map<String, String> environment = Map.of("CONTAINERS_CONF", conf.toString(), "DOCKER_HOST", "unix://" + socket);
		Processes.Result backend = Processes.run(dir, environment,
				List.of(podman.toString(), "info", "--format", "{{.Host.NetworkBackend}}"));
		assertEquals("cni", backend.output().strip(), "Podman resolves names with dnsname only under CNI");
		Path log = dir.resolve("podman-service.log");
		ProcessBuilder builder = new ProcessBuilder(podman.toString(), "system", "service", "--time=0", "unix://" + socket)
				.directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		PodmanService service = new PodmanService(podman, compose, environment, builder.start());
		try {
			service.awaitSocket(socket, log);
		} catch (IOException | InterruptedException | AssertionError e) {
			service.close();
			throw e;
		}
		return service;
	}

	/**
	 * Writes {@code DIR/containers.conf}, which Podman reads through {@code CONTAINERS_CONF}: runc,
	 * ulimits within the caller's own, and the CNI backend, under which dnsname resolves names.
	 */
	public static Path containersConf(Path dir) throws IOException {
		Path conf = dir.resolve("containers.conf");
		long files = openFilesLimit();
		Files.writeString(conf, "[containers]\ndefault_ulimits = [\"nofile=" + files + ":" + files
				+ "\", \"nproc=4096:4096\"]\n[engine]\nruntime = \"runc\"\n[network]\nnetwork_backend = \"cni\"\n");
		return conf;
	}

	/**
	 * The hard limit of open files of this process, which containers may not exceed here (the
	 * default 1048576 fails) and HAProxy needs above 8000 for its {@code maxconn 4096}.
	 */
	private static long openFilesLimit() throws IOException {
		String line = Files.readAllLines(Path.of("/proc/self/limits")).stream()
				.filter(l -> l.startsWith("Max open files")).findFirst().orElseThrow();
		String hard = line.substring("Max open files".length()).strip().split("\\s+")[1];
		return "unlimited".equals(hard) ? 1048576 : Long.parseLong(hard);
	}

	private void awaitSocket(Path socket, Path log) throws IOException, InterruptedException {
		for (int attempt = 0; attempt < 60 && process.isAlive(); attempt++) {
			if (Files.exists(socket) && accepts(socket)) {
				return;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("podman system service does not answer on " + socket + ": " + Files.readString(log));
	}

	private static boolean accepts(Path socket) {
		try {
			SocketChannel.open(UnixDomainSocketAddress.of(socket)).close();
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** Runs podman with the service's configuration. */
	public Processes.Result podman(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(podman.toString()));
		command.addAll(Arrays.asList(args));
		return Processes.run(Path.of("."), environment, command);
	}

	/** Builds an image from a folder with a {@code Containerfile}. */
	public void build(Path context, String tag) throws IOException, InterruptedException {
		Processes.Result build = Processes.run(context, environment,
				List.of(podman.toString(), "build", "-q", "-t", tag, "."));
		assertEquals(0, build.status(), build.output());
	}

	/** Builds {@link #BUSYBOX_IMAGE} from the host's static busybox in a folder of the caller. */
	public void buildBusybox(Path context) throws IOException, InterruptedException {
		build(busyboxContext(context), BUSYBOX_IMAGE);
	}

	/** Writes the build context of {@link #BUSYBOX_IMAGE} (the host's static busybox and a {@code Containerfile}) into a folder. */
	public static Path busyboxContext(Path context) throws IOException {
		Path busybox = Tools.require("busybox", "busybox-static");
		Files.createDirectories(context);
		Files.copy(busybox, context.resolve("busybox"));
		Files.writeString(context.resolve("Containerfile"),
				"FROM scratch\nCOPY busybox /bin/busybox\nRUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n");
		return context;
	}

	/** What a command printed in a running container; it must succeed. */
	public String exec(String container, String... command) throws IOException, InterruptedException {
		List<String> args = new ArrayList<>(List.of("exec", container));
		args.addAll(Arrays.asList(command));
		Processes.Result result = podman(args.toArray(String[]::new));
		assertEquals(0, result.status(), result.output());
		return result.output();
	}

	/** Runs docker-compose on a Compose file as a project, against this service. */
	public Processes.Result compose(Path file, String project, String... args) throws IOException, InterruptedException {
		return compose(file, project, Map.of(), args);
	}

	/** Runs docker-compose on a Compose file as a project, against this service, with variables of the deploying environment. */
	public Processes.Result compose(Path file, String project, Map<String, String> variables, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(compose.toString(), "-p", project, "-f", file.toString()));
		command.addAll(Arrays.asList(args));
		Map<String, String> all = new HashMap<>(environment);
		all.putAll(variables);
		return Processes.run(file.getParent(), all, command);
	}

	/** The name docker-compose 1.29 gives the container of a service. */
	public static String container(String project, String service) {
		return project + "_" + service + "_1";
	}

	/**
	 * Removes a project: {@code docker-compose down}, then whatever it left (a container that
	 * restarts in a loop, a network still in use) by the project's label.
	 */
	public void down(Path file, String project) throws IOException, InterruptedException {
		compose(file, project, "down", "--timeout", "1");
		String label = "label=com.docker.compose.project=" + project;
		for (String container : podman("ps", "-aq", "--filter", label).output().split("\\s+")) {
			if (!container.isEmpty()) {
				podman("rm", "-f", "-t", "1", container);
			}
		}
		for (String network : podman("network", "ls", "-q", "--filter", label).output().split("\\s+")) {
			if (!network.isEmpty()) {
				podman("network", "rm", "-f", network);
			}
		}
	}

	/** Starts running the health checks of the containers, as Podman's systemd timers would, until closed. */
	public HealthChecks healthChecks(String... containers) {
		return new HealthChecks(List.of(containers));
	}

	/** Stops the service by its pid. */
	@Override
	public void close() throws InterruptedException {
		Processes.stop(process);
	}

	/**
	 * A thread that runs {@code podman healthcheck run} on each container about once a second,
	 * at most 120 rounds and two minutes, until closed.
	 */
	public final class HealthChecks implements AutoCloseable {

		private final CountDownLatch stop = new CountDownLatch(1);
		private final Thread thread;
		private volatile Exception failure;

		private HealthChecks(List<String> containers) {
			thread = new Thread(() -> run(containers), "podman-healthchecks");
			thread.setDaemon(true);
			thread.start();
		}

		private void run(List<String> containers) {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			try {
				for (int round = 0; round < 120 && System.nanoTime() < deadline; round++) {
					for (String container : containers) {
						podman("healthcheck", "run", container);
					}
					if (stop.await(1, TimeUnit.SECONDS)) {
						return;
					}
				}
			} catch (IOException | InterruptedException e) {
				failure = e;
			}
		}

		/** Stops the thread once its current check ends; a failure to run the checks fails the test. */
		@Override
		public void close() throws InterruptedException {
			stop.countDown();
			thread.join(TimeUnit.MINUTES.toMillis(3));
			if (failure != null) {
				throw new AssertionError("podman healthcheck run failed", failure);
			}
		}
	}
}
