package dev.berth.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A random Berth model within the grammar, reproducible from its seed: hosts, networks,
 * containers with every release 2 property and hostile strings, balancers, and VMs with disks on
 * every bus, CD-ROMs, fixed IPs, MACs, keys and cloud-config; the files it names beside itself are
 * written with it.
 */
public final class RandomModel {

	private static final String[] IMAGES = { "nginx:1.27.2", "redis:7.4", "registry.example.com:5000/team/app:1.2",
			"busybox@sha256:" + "a".repeat(64), "ghcr.io/o/i:v1.0.0-rc.1" };
	private static final String[] ADDRESSES = { "10.0.0.5", "fd00::7", "node-a.example.com", "db", "::1" };
	private static final String[] LISTEN = { "127.0.0.1", "0.0.0.0", "::1", "::", "10.0.0.5" };
	private static final String[] CAPABILITIES = { "CHOWN", "cap_net_raw", "NET_BIND_SERVICE", "ALL", "SYS_TIME" };
	private static final String[] NETWORK_MODES = { "nat", "isolated", "routed", "bridge bridge \"br0\"" };
	private static final String[] CPU_MODELS = { "host-passthrough", "host-model", "\"Skylake-Server\"" };
	private static final String[] BUSES = { "virtio", "sata", "scsi" };
	private static final String[] HOSTILE = { "=", "yes", "no", "~", "null", "0o17", "1e3", "-", "- item", ": x",
			"#c", "$HOME", "${X}", "$$", "a b", "'q'", "\"dq\"", "\\", "line\nbreak", "tab\there", "é ü 😀", "{a: 1}",
			"[1]", "*ref", "&anchor", "!tag", "|", ">", "%", "@", "`", "?", "", " lead", "trail ", "<x>" };

	private final Random random;
	private final StringBuilder text = new StringBuilder();
	private final List<String> containers = new ArrayList<>();
	private final List<String> healthy = new ArrayList<>();
	private final List<String> hosts = new ArrayList<>();
	private int nextPort = 20000;
	private int nextIp = 10;

	private RandomModel(long seed) {
		this.random = new Random(seed);
	}

	/** Writes the model of a seed as {@code site.berth} in the folder, with the files it names, and returns its path. */
	public static Path write(long seed, Path folder) throws IOException {
		RandomModel model = new RandomModel(seed);
		Files.createDirectories(folder.resolve("www"));
		Files.createDirectories(folder.resolve("ctx"));
		Files.writeString(folder.resolve("ctx/Dockerfile"), "FROM scratch\n");
		Files.writeString(folder.resolve("app.env"), "A=1\n");
		Files.writeString(folder.resolve("token.txt"), "t");
		Files.writeString(folder.resolve("user-data.yaml"), "#cloud-config\npackages: [curl]\n");
		model.site();
		Path file = folder.resolve("site.berth");
		Files.writeString(file, model.text);
		return file;
	}

	private void site() {
		text.append("deployment random.site").append(random.nextInt(1000)).append('\n');
		int hostCount = 1 + random.nextInt(3);
		for (int i = 0; i < hostCount; i++) {
			hosts.add("h" + i);
			text.append("host h").append(i).append(" { cpu 64 cores memory 256 GiB runtime ")
					.append(random.nextBoolean() ? "docker" : "podman").append(" hypervisor ")
					.append(random.nextBoolean() ? "kvm" : "qemu").append(" address ")
					.append(quote(ADDRESSES[(i + random.nextInt(ADDRESSES.length)) % ADDRESSES.length])).append(" }\n");
		}
		int subnet = 10 + random.nextInt(50);
		text.append("network n1 { subnet \"10.").append(subnet).append(".0.0/24\" mode ").append(pickOne(NETWORK_MODES))
				.append(random.nextBoolean() ? " dns \"10." + subnet + ".0.1\"" : "").append(" }\n");
		text.append("network n2 { subnet \"fd0").append(random.nextInt(9)).append("::/64\" }\n");
		text.append("secret token from file \"token.txt\"\nsecret key from env \"KEY_").append(random.nextInt(99))
				.append("\"\n");
		int containerCount = 1 + random.nextInt(5);
		for (int i = 0; i < containerCount; i++) {
			container("c" + i + (random.nextBoolean() ? "" : "_x-" + i));
		}
		if (random.nextBoolean()) {
			balancer();
		}
		for (int i = random.nextInt(4); i > 0; i--) {
			vm((random.nextBoolean() ? "_v" : "v") + i + (random.nextBoolean() ? "" : "-" + hostile().replaceAll("[^a-z]", "")),
					subnet);
		}
	}

	private void vm(String name, int subnet) {
		text.append("vm ").append(name).append(" on ").append(pickOne(hosts.toArray(String[]::new))).append(" {\n");
		property(true, "vcpu " + (1 + random.nextInt(4)) + " memory " + (128 + random.nextInt(2048)) + " MiB");
		property(random.nextBoolean(), "cpu-model " + pickOne(CPU_MODELS));
		property(random.nextBoolean(), "os linux " + quote(hostile()));
		for (int i = random.nextInt(3); i > 0; i--) {
			property(true, "disk d" + i + " " + (1 + random.nextInt(100)) + " GiB bus " + pickOne(BUSES)
					+ (random.nextBoolean() ? " format raw" : ""));
		}
		property(random.nextBoolean(), "cdrom " + quote("/isos/" + hostile().replace("\n", "")));
		property(random.nextBoolean(), "network n1" + (random.nextBoolean() ? " ip \"10." + subnet + ".0." + nextIp++ + "\"" : "")
				+ (random.nextInt(4) == 0 ? " mac \"52:54:00:aa:00:" + String.format("%02x", nextIp++) + "\"" : ""));
		property(random.nextBoolean(), "ssh-key " + quote("ssh-ed25519 AAAA" + hostile()));
		property(random.nextInt(4) == 0, "user-data \"user-data.yaml\"");
		property(random.nextInt(4) == 0, "graphics " + (random.nextBoolean() ? "vnc" : "spice"));
		property(random.nextInt(4) == 0, "boot uefi");
		property(random.nextInt(4) == 0, "autostart");
		text.append("}\n");
	}

	private void container(String name) {
		List<String> on = pick(hosts, 1 + random.nextInt(hosts.size()));
		text.append("container ").append(name).append(" on ").append(String.join(", ", on)).append(" {\n");
		boolean build = random.nextInt(4) == 0;
		property(!build || random.nextBoolean(), "image " + quote(pickOne(IMAGES)));
		property(build, "build \"./ctx\" build-arg V = " + quote(hostile()));
		int replicas = on.size() + random.nextInt(3);
		property(true, "replicas " + replicas + " memory " + (16 + random.nextInt(256)) + " MiB cpu 0." + (1 + random.nextInt(9)));
		property(random.nextBoolean(), "port " + ports(replicas) + " -> " + (1 + random.nextInt(65535))
				+ (random.nextInt(4) == 0 ? " udp" : "") + (random.nextInt(3) == 0 ? " listen " + quote(pickOne(LISTEN)) : ""));
		property(random.nextBoolean(), "expose " + (1 + random.nextInt(65535)));
		for (int i = random.nextInt(4); i > 0; i--) {
			property(true, "env E" + i + " = " + quote(hostile()));
		}
		property(random.nextBoolean(), "env FROM_ENV from env \"VAR_" + random.nextInt(9) + "\"");
		property(random.nextInt(4) == 0, "env-file \"app.env\"");
		property(random.nextBoolean(), "secret " + (random.nextBoolean() ? "token" : "key"));
		property(random.nextBoolean(), "volume \"./www\" -> " + quote("/srv/" + hostile().replace("\n", "")) + " readonly");
		property(random.nextBoolean(), "volume \"data_" + random.nextInt(9) + ".v-1\" -> \"/data\""
				+ (random.nextBoolean() ? " size " + (1 + random.nextInt(100)) + " GiB" : ""));
		property(random.nextBoolean(), "network " + (random.nextBoolean() ? "n1" : "n1 network n2"));
		property(random.nextBoolean(), "user \"" + (1000 + random.nextInt(1000)) + "\"");
		property(random.nextBoolean(), "command " + command());
		property(random.nextInt(3) == 0, "entrypoint " + command());
		property(random.nextInt(3) == 0, "workdir " + quote("/w/" + hostile().replace("\n", "")));
		property(random.nextInt(3) == 0, "hostname \"host-" + random.nextInt(99) + "\"");
		property(random.nextInt(3) == 0, "cap drop ALL cap add " + pickOne(CAPABILITIES));
		property(random.nextInt(4) == 0, "read-only tmpfs \"/tmp\"");
		property(random.nextInt(3) == 0, "label com.example.k" + random.nextInt(9) + " = " + quote(hostile()));
		property(random.nextInt(3) == 0, "label " + quote("k " + hostile()) + " = " + quote(hostile()));
		property(random.nextInt(4) == 0, "sandbox " + pickOne(new String[] { "gvisor", "kata", "kata-fc" }));
		property(random.nextBoolean(), "restart " + pickOne(new String[] { "no", "always", "on-failure", "unless-stopped" }));
		boolean checked = random.nextBoolean();
		property(checked, "healthcheck " + quote(hostile()) + " every " + (1 + random.nextInt(60)) + " s timeout 1.5 min"
				+ " retries " + (1 + random.nextInt(5)) + " start 500 ms");
		if (!containers.isEmpty() && random.nextBoolean()) {
			String target = pickOne(containers.toArray(String[]::new));
			property(true, "depends on " + target + (healthy.contains(target) ? " healthy" : " started"));
		}
		text.append("}\n");
		containers.add(name);
		if (checked) {
			healthy.add(name);
		}
	}

	private void balancer() {
		String target = pickOne(containers.toArray(String[]::new));
		text.append("balancer lb on ").append(pickOne(hosts.toArray(String[]::new))).append(" { listen ").append(nextPort++)
				.append(" targets ").append(target).append(random.nextBoolean() ? ":" + (1 + random.nextInt(65535)) : "")
				.append(" health ").append(quote("/" + hostile())).append(" }\n");
	}

	private String ports(int replicas) {
		int start = nextPort;
		nextPort += replicas;
		return start + "-" + (start + replicas - 1);
	}

	private String command() {
		if (random.nextBoolean()) {
			return quote(hostile());
		}
		List<String> words = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			words.add(quote(hostile()));
		}
		return "[" + String.join(", ", words) + "]";
	}

	private void property(boolean present, String property) {
		if (present) {
			text.append("    ").append(property).append('\n');
		}
	}

	private String hostile() {
		StringBuilder value = new StringBuilder();
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			value.append(pickOne(HOSTILE));
		}
		return value.toString();
	}

	private <T> T pickOne(T[] values) {
		return values[random.nextInt(values.length)];
	}

	private <T> List<T> pick(List<T> values, int count) {
		List<T> copy = new ArrayList<>(values);
		Collections.shuffle(copy, random);
		return copy.subList(0, count);
	}

	/** A Berth string literal of a value. */
	private static String quote(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
	}
}
