package dev.berth.generator.docker;

import dev.berth.berth.BalancePolicy;
import dev.berth.berth.Balancer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The HAProxy configuration of one balancer: a TCP frontend on its listen port and one server per target instance. */
final class HaproxyConfig {

	/** One server of the backend: its name, and the address and port HAProxy connects to. */
	record Server(String name, String address, int port) {
	}

	private HaproxyConfig() {
	}

	static String render(Balancer balancer, List<Server> servers) {
		StringBuilder cfg = new StringBuilder();
		cfg.append("global\n    maxconn 4096\n\n");
		cfg.append("defaults\n    mode tcp\n    timeout connect 5s\n    timeout client 1m\n    timeout server 1m\n\n");
		cfg.append("frontend ").append(balancer.getName()).append('\n');
		cfg.append("    bind :").append(balancer.getListen() == null ? 80 : balancer.getListen()).append('\n');
		cfg.append("    default_backend ").append(balancer.getName()).append("\n\n");
		cfg.append("backend ").append(balancer.getName()).append('\n');
		cfg.append("    balance ").append(algorithm(balancer.getPolicy())).append('\n');
		if (balancer.getHealth() != null) {
			cfg.append("    option httpchk GET ").append(pathForHaproxy(balancer.getHealth())).append('\n');
		}
		cfg.append("    default-server init-addr last,libc,none check\n");
		for (Server server : servers) {
			cfg.append("    server ").append(server.name()).append(' ').append(hostPort(server)).append('\n');
		}
		return cfg.toString();
	}

	private static String algorithm(BalancePolicy policy) {
		return switch (policy) {
			case ROUND_ROBIN -> "roundrobin";
			case LEAST_CONNECTIONS -> "leastconn";
			case SOURCE_HASH -> "source";
		};
	}

	private static String hostPort(Server server) {
		String address = server.address().contains(":") ? "ipv6@" + server.address() : server.address();
		return address + ":" + server.port();
	}

	/**
	 * A health path as one HAProxy word that reaches the server as the model wrote it: characters
	 * that HTTP or HAProxy would read otherwise are percent-encoded, as a URL path allows.
	 */
	static String pathForHaproxy(String path) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : (path.startsWith("/") ? path : "/" + path).getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			boolean safe = c > 0x20 && c < 0x7f && "\"'\\#<>`{}|^ ".indexOf(c) < 0;
			encoded.append(safe ? String.valueOf((char) c) : String.format("%%%02X", c));
		}
		return encoded.toString();
	}
}
