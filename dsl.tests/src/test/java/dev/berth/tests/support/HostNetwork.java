package dev.berth.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Network namespaces that the test makes, each joined by a veth pair to a bridge in the root
 * namespace, on a private {@code 10.213.X.0/24} that no route of this machine uses yet.
 */
final class HostNetwork implements AutoCloseable {

	/** The interface of a namespace's veth end, inside it. */
	static final String INTERFACE = "eth0";

	private static final int SUBNETS = 256;
	private static final int FIRST_HOST = 11;

	private final String tag;
	private final String bridge;
	private final List<String> namespaces = new ArrayList<>();
	private boolean bridgeMade;
	private String prefix;

	/** A network named after a tag unique to this run (the pid and a counter); nothing is made yet. */
	HostNetwork(String tag) {
		this.tag = tag;
		this.bridge = "bz" + tag;
		if (veth(9).length() > 15) {
			throw new IllegalArgumentException("interface names are limited to 15 characters: " + veth(9));
		}
	}

	/** Makes the bridge with the first free subnet, then the namespaces, each with its address and loopback up. */
	void create(int count) throws IOException, InterruptedException {
		ip("link", "add", bridge, "type", "bridge");
		bridgeMade = true;
		prefix = claimSubnet();
		ip("link", "set", bridge, "up");
		for (int host = 1; host <= count; host++) {
			String namespace = "berth-e2e-" + tag + "-" + host;
			ip("netns", "add", namespace);
			namespaces.add(namespace);
			ip("link", "add", veth(host), "type", "veth", "peer", "name", INTERFACE, "netns", namespace);
			ip("link", "set", veth(host), "master", bridge, "up");
			ip("-n", namespace, "addr", "add", address(host) + "/24", "dev", INTERFACE);
			ip("-n", namespace, "link", "set", INTERFACE, "up");
			ip("-n", namespace, "link", "set", "lo", "up");
		}
	}

	/**
	 * Gives the bridge the {@code .1} address of the first {@code 10.213.X.0/24} that no route names,
	 * starting from a place that depends on the tag; a subnet that another process claimed at the same
	 * moment (two routes for it once the address is added) is given back and the search goes on.
	 */
	private String claimSubnet() throws IOException, InterruptedException {
		int start = Math.floorMod(tag.hashCode(), SUBNETS);
		for (int step = 0; step < SUBNETS; step++) {
			String candidate = "10.213." + (start + step) % SUBNETS + ".";
			if (routes(candidate) > 0) {
				continue;
			}
			ip("addr", "add", candidate + "1/24", "dev", bridge);
			if (routes(candidate) == 1) {
				return candidate;
			}
			ip("addr", "del", candidate + "1/24", "dev", bridge);
		}
		throw new AssertionError("every subnet 10.213.X.0/24 is in use");
	}

	private static long routes(String prefix) throws IOException, InterruptedException {
		return ip("-4", "route", "show", "table", "all").lines().filter(l -> l.contains(prefix)).count();
	}

	/** The address of a host, from 1. */
	String address(int host) {
		return prefix + (FIRST_HOST - 1 + host);
	}

	/** The namespace of a host, from 1. */
	String namespace(int host) {
		return namespaces.get(host - 1);
	}

	/** How many namespaces exist. */
	int size() {
		return namespaces.size();
	}

	/** The pids of the processes in a host's namespace. */
	private List<Long> pids(int host) throws IOException, InterruptedException {
		return Arrays.stream(ip("netns", "pids", namespace(host)).split("\\s+")).filter(s -> !s.isEmpty())
				.map(Long::valueOf).toList();
	}

	/** Stops the matching processes of a host's namespace by pid: politely, then forcibly after five seconds. */
	void stopProcesses(int host, Predicate<ProcessHandle> which) throws IOException, InterruptedException {
		List<ProcessHandle> processes = pids(host).stream().map(ProcessHandle::of).flatMap(Optional::stream)
				.filter(which).toList();
		processes.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		for (int attempt = 0; attempt < 50 && System.nanoTime() < deadline
				&& processes.stream().anyMatch(ProcessHandle::isAlive); attempt++) {
			Thread.sleep(100);
		}
		processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

	/** Takes a host's interface down: nothing reaches it any more. */
	void disconnect(int host) throws IOException, InterruptedException {
		ip("-n", namespace(host), "link", "set", INTERFACE, "down");
	}

	/** The command line that runs a program in a host's namespace, with the machine's mounts (cgroups included). */
	List<String> inNamespace(int host, List<String> command) {
		List<String> line = new ArrayList<>(List.of("nsenter", "--net=/run/netns/" + namespace(host)));
		line.addAll(command);
		return line;
	}

	private String veth(int host) {
		return bridge + "h" + host;
	}

	/** Deletes the namespaces (their veth pairs go with them) and the bridge, whichever exist. */
	@Override
	public void close() throws IOException, InterruptedException {
		AssertionError failure = null;
		for (int host = namespaces.size(); host >= 1; host--) {
			try {
				ip("netns", "delete", namespace(host));
			} catch (AssertionError e) {
				failure = e;
			}
		}
		namespaces.clear();
		if (bridgeMade) {
			ip("link", "delete", bridge);
			bridgeMade = false;
		}
		if (failure != null) {
			throw failure;
		}
	}

	private static String ip(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("ip"));
		command.addAll(Arrays.asList(args));
		Processes.Result result = Processes.run(Path.of("."), Map.of(), command);
		assertEquals(0, result.status(), command + ": " + result.output());
		return result.output();
	}
}
