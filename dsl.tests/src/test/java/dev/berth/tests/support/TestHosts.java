package dev.berth.tests.support;

import dev.berth.generator.YamlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Test hosts {@code host1..hostN} (numbered from 1), each a network namespace that the test makes,
 * with an sshd of the test's own that logs in as root; Podman run over ssh uses the machine's
 * shared storage, and the ports it publishes are bound in that host's namespace. Closing removes
 * everything, also after a partial start, and a shutdown hook closes what a test left open.
 */
public final class TestHosts implements AutoCloseable {

	private static final AtomicInteger RUNS = new AtomicInteger();
	private static final String PYTHON = "/usr/bin/python3";

	private final Path dir;
	private final HostNetwork network;
	private final SshServers servers;
	private final Thread hook = new Thread(this::closeAtExit, "berth-test-hosts-cleanup");
	private boolean closed;

	private TestHosts(Path dir) {
		this.dir = dir;
		this.network = new HostNetwork(ProcessHandle.current().pid() + "-" + RUNS.getAndIncrement());
		this.servers = new SshServers(dir);
	}

	/** Makes {@code count} hosts (at most 9) and waits until each one's sshd accepts connections. */
	public static TestHosts start(int count) throws IOException, InterruptedException {
		Tools.requireRoot("make network namespaces and run sshd on port 22");
		Tools.require("ip", "iproute2");
		Tools.require("nsenter", "util-linux");
		Tools.requireFile("openssh-server", SshServers.SSHD);
		Tools.require("ssh", "openssh-client");
		Tools.require("ssh-keygen", "openssh-client");
		TestHosts hosts = new TestHosts(Files.createTempDirectory("berth-hosts"));
		Runtime.getRuntime().addShutdownHook(hosts.hook);
		try {
			hosts.servers.createClientKey();
			hosts.network.create(count);
			Path containersConf = PodmanService.containersConf(hosts.dir);
			for (int host = 1; host <= count; host++) {
				hosts.servers.start(host, hosts.name(host), hosts.address(host),
						hosts.network.inNamespace(host, List.of()), containersConf);
			}
			for (int host = 1; host <= count; host++) {
				hosts.servers.awaitAccepting(host, hosts.name(host), hosts.address(host));
			}
			return hosts;
		} catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
			hosts.close();
			throw e;
		}
	}

	/** How many hosts there are. */
	public int size() {
		return network.size();
	}

	/** The name of a host in the ssh configuration and the inventory: {@code hostN}. */
	public String name(int host) {
		return "host" + host;
	}

	/** The IPv4 address of a host, on its namespace's interface; ssh and published ports answer there. */
	public String address(int host) {
		return network.address(host);
	}

	/** The name of a host's network namespace. */
	public String namespace(int host) {
		return network.namespace(host);
	}

	/** The ssh client configuration: {@code ssh -F CONFIG hostN} or {@code ssh -F CONFIG ADDRESS} logs in as root. */
	public Path sshConfig() {
		return servers.config();
	}

	/** The inventory variables that reach a host with Ansible's ssh connection. */
	public Map<String, Object> inventoryVars(int host) {
		Map<String, Object> vars = new LinkedHashMap<>();
		vars.put("ansible_host", address(host));
		vars.put("ansible_user", "root");
		vars.put("ansible_ssh_common_args", "-F " + sshConfig());
		vars.put("ansible_python_interpreter", PYTHON);
		return vars;
	}

	/** Writes an inventory of every host under {@code all.hosts}, by name. */
	public Path writeInventory(Path file) throws IOException {
		Map<String, Object> hosts = new LinkedHashMap<>();
		for (int host = 1; host <= size(); host++) {
			hosts.put(name(host), inventoryVars(host));
		}
		return Files.writeString(file, YamlWriter.dump(Map.of("all", Map.of("hosts", hosts))));
	}

	/**
	 * Environment variables with which Ansible reaches the hosts from an inventory that names only
	 * their addresses (as Berth's generated one does), keeping its control sockets and temporary
	 * files in the hosts' folder.
	 */
	public Map<String, String> ansibleEnvironment() {
		return Map.of("ANSIBLE_REMOTE_USER", "root", "ANSIBLE_SSH_COMMON_ARGS", "-F " + sshConfig(),
				"ANSIBLE_PYTHON_INTERPRETER", PYTHON, "ANSIBLE_SSH_CONTROL_PATH_DIR", dir.resolve("cp").toString(),
				"ANSIBLE_LOCAL_TEMP", dir.resolve("ansible-local").toString(), "ANSIBLE_NOCOLOR", "1");
	}

	/** Runs a command on a host over ssh; each argument reaches the remote shell quoted. */
	public Processes.Result ssh(int host, String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of("ssh", "-F", sshConfig().toString(), name(host), "--"));
		for (String argument : command) {
			line.add("'" + argument.replace("'", "'\\''") + "'");
		}
		return Processes.run(dir, Map.of(), line);
	}

	/** Runs a command in a host's namespace directly, as a process of the test. */
	public Processes.Result inNamespace(int host, String... command) throws IOException, InterruptedException {
		return Processes.run(dir, Map.of(), network.inNamespace(host, List.of(command)));
	}

	/**
	 * The body that {@code GET URL} answers from a host's namespace (busybox wget, under busybox
	 * timeout: Debian 12's wget crashes on {@code -T}), retried for ten seconds while nothing answers.
	 */
	public String httpGet(int from, String url) throws IOException, InterruptedException {
		Path busybox = Tools.require("busybox", "busybox-static");
		Processes.Result result = null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		for (int attempt = 0; attempt < 20 && System.nanoTime() < deadline; attempt++) {
			result = inNamespace(from, busybox.toString(), "timeout", "5", busybox.toString(), "wget", "-q", "-O", "-",
					url);
			if (result.status() == 0) {
				return result.output();
			}
			Thread.sleep(500);
		}
		throw new AssertionError("GET " + url + " from " + name(from) + " failed: " + result);
	}

	/**
	 * Makes a host unreachable: stops its sshd and its sessions (so that Ansible's persistent
	 * connections end too), then takes its interface down; its other processes keep running.
	 */
	public void makeUnreachable(int host) throws IOException, InterruptedException {
		servers.stop(host);
		network.stopProcesses(host, p -> p.info().command().filter(SshServers.SSHD.toString()::equals).isPresent());
		network.disconnect(host);
	}

	/**
	 * Stops every sshd and whatever still runs in the namespaces (sessions, conmon of a container
	 * left running), all by pid, then deletes the namespaces, the bridge and the files.
	 */
	@Override
	public synchronized void close() throws IOException, InterruptedException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException e) {
			// the JVM is shutting down: this is the hook
		}
		try {
			servers.close();
			for (int host = 1; host <= network.size(); host++) {
				network.stopProcesses(host, p -> true);
			}
		} finally {
			try {
				network.close();
			} finally {
				deleteFiles();
			}
		}
	}

	private void closeAtExit() {
		try {
			close();
		} catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
			System.err.println("test hosts were not removed completely: " + e);
		}
	}

	private void deleteFiles() throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
