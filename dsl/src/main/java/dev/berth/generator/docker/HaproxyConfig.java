package dev.berth.generator.docker;

import dev.berth.berth.BalancePolicy;
import dev.berth.berth.Balancer;
import dev.berth.model.Balancers;
import dev.berth.model.HostNames;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The HAProxy configuration of one balancer: a TCP frontend on its listen port and one server per
 * target instance, whose names are resolved through the runtime's DNS as instances come and go.
 */
final class HaproxyConfig {

	/** One server of the backend: its name, and the address and port HAProxy connects to. */
	record Server(String name, String address, int port) {
	}

	/** The name of the resolvers section that reads the runtime's DNS from the container's resolv.conf. */
	static final String RESOLVERS = "runtime";

	private HaproxyConfig() {
	}

	static String render(Balancer balancer, List<Server> servers) {
		StringBuilder cfg = new StringBuilder();
		cfg.append("global\n    maxconn 4096\n\n");
		cfg.append("resolvers ").append(RESOLVERS).append("\n    parse-resolv-conf\n    hold valid 10s\n\n");
		cfg.append("defaults\n    mode tcp\n    timeout connect 5s\n    timeout client 1m\n    timeout server 1m\n\n");
		cfg.append("frontend ").append(balancer.getName()).append('\n');
		cfg.append("    bind :").append(balancer.getListen() == null ? Balancers.DEFAULT_PORT : balancer.getListen())
				.append('\n');
		cfg.append("    default_backend ").append(balancer.getName()).append("\n\n");
		cfg.append("backend ").append(balancer.getName()).append('\n');
		cfg.append("    balance ").append(algorithm(balancer.getPolicy())).append('\n');
		if (balancer.getHealth() != null) {
			cfg.append("    option httpchk\n");
			cfg.append("    http-check send meth GET uri ").append(pathForHaproxy(balancer.getHealth()))
					.append(" ver HTTP/1.1 hdr Host ").append(balancer.getName()).append('\n');
		}
		cfg.append("    default-server init-addr last,libc,none resolvers ").append(RESOLVERS).append(" check\n");
		for (Server server : servers) {
			cfg.append("    server ").append(server.name()).append(' ')
					.append(HostNames.withPort(server.address(), server.port())).append('\n');
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
