package dev.berth.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One sshd per test host, started by the test in the host's namespace with its own host key and
 * configuration, and the client side that reaches them: a key pair, {@code known_hosts} and an ssh
 * configuration in which {@code ssh -F CONFIG hostN} (or the host's address) logs in as root.
 */
final class SshServers implements AutoCloseable {

	/** The sshd program, by its absolute path as sshd requires. */
	static final Path SSHD = Path.of("/usr/sbin/sshd");

	private static final Path PRIVILEGE_SEPARATION_DIR = Path.of("/run/sshd");

	private final Path dir;
	private final Map<Integer, Process> daemons = new TreeMap<>();
	private final StringBuilder clientConfig = new StringBuilder();
	private final StringBuilder knownHosts = new StringBuilder();

	/** Servers whose files live in a folder of the caller; nothing is made yet. */
	SshServers(Path dir) {
		this.dir = dir;
	}

	/** Generates the client's key pair, which every sshd authorizes. */
	void createClientKey() throws IOException, InterruptedException {
		keygen(clientKey());
		Files.copy(dir.resolve("id_ed25519.pub"), dir.resolve("authorized_keys"));
	}

	/**
	 * Starts a host's sshd on its address, port 22, in its namespace, with {@code CONTAINERS_CONF}
	 * set in every session so that Podman run over ssh has the configuration this machine needs.
	 */
	void start(int host, String name, String address, List<String> namespacePrefix, Path containersConf)
			throws IOException, InterruptedException {
		Path hostDir = Files.createDirectories(dir.resolve(name));
		Path hostKey = hostDir.resolve("ssh_host_ed25519_key");
		keygen(hostKey);
		Path config = hostDir.resolve("sshd_config");
		Files.writeString(config, String.join("\n", "ListenAddress " + address + ":22", "HostKey " + hostKey,
				"PidFile " + hostDir.resolve("sshd.pid"), "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
				"PermitRootLogin prohibit-password", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
				"UsePAM no", "StrictModes no", "SetEnv CONTAINERS_CONF=" + containersConf,
				"Subsystem sftp internal-sftp", ""));
		Files.createDirectories(PRIVILEGE_SEPARATION_DIR);
		List<String> command = new ArrayList<>(namespacePrefix);
		command.addAll(List.of(SSHD.toString(), "-D", "-e", "-f", config.toString()));
		daemons.put(host, new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(hostDir.resolve("sshd.log").toFile()).start());
		String[] publicKey = Files.readString(hostDir.resolve("ssh_host_ed25519_key.pub")).split(" ");
		knownHosts.append(address).append(' ').append(publicKey[0]).append(' ').append(publicKey[1]).append('\n');
		clientConfig.append("Host ").append(name).append(' ').append(address).append("\n  HostName ").append(address)
				.append("\n  User root\n  IdentityFile ").append(clientKey())
				.append("\n  IdentitiesOnly yes\n  UserKnownHostsFile ").append(dir.resolve("known_hosts"))
				.append("\n  GlobalKnownHostsFile /dev/null\n  StrictHostKeyChecking yes\n  BatchMode yes\n")
				.append("  ConnectTimeout 5\n");
		Files.writeString(dir.resolve("known_hosts"), knownHosts);
		Files.writeString(config(), clientConfig);
	}

	/** Waits until a host's sshd accepts connections, for at most ten seconds. */
	void awaitAccepting(int host, String name, String address) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		for (int attempt = 0; attempt < 100 && System.nanoTime() < deadline && daemons.get(host).isAlive(); attempt++) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(address, 22), 500);
				return;
			} catch (IOException e) {
				Thread.sleep(100);
			}
		}
		throw new AssertionError("sshd of " + name + " does not accept on " + address + ":22: "
				+ Files.readString(dir.resolve(name).resolve("sshd.log")));
	}

	/** The ssh client configuration. */
	Path config() {
		return dir.resolve("ssh_config");
	}

	/** Stops a host's sshd by its pid, if it runs; its sessions keep running. */
	void stop(int host) throws InterruptedException {
		Process daemon = daemons.remove(host);
		if (daemon != null) {
			Processes.stop(daemon);
		}
	}

	/** Stops every sshd by its pid. */
	@Override
	public void close() throws InterruptedException {
		for (Integer host : List.copyOf(daemons.keySet())) {
			stop(host);
		}
	}

	private Path clientKey() {
		return dir.resolve("id_ed25519");
	}

	private static void keygen(Path key) throws IOException, InterruptedException {
		Processes.Result result = Processes.run(key.getParent(), "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C",
				"berth-e2e", "-f", key.toString());
		assertEquals(0, result.status(), result.output());
	}
}
