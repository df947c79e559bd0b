package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.generator.GeneratedFile;
import dev.berth.generator.Target;
import dev.berth.tests.support.Generated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** Compose files carry the model's values: replicas, ports, limits, dependencies, networks, secrets, balancers, LXC. */
class ComposeGeneratorTest {

	@TempDir
	Path dir;

	private Map<String, GeneratedFile> files;

	@BeforeEach
	void generate() throws IOException {
		Path model = dir.resolve("site.berth");
		Files.writeString(model, """
				deployment d
				host a { runtime docker hypervisor kvm address "10.0.0.1" }
				host b { runtime podman address "10.0.0.2" }
				host l { runtime lxc }
				network front { subnet "10.1.0.0/24" gateway "10.1.0.1" }
				network back { subnet "10.2.0.0/24" }
				secret token from env "API_TOKEN"
				vm db on a { network front ip "10.1.0.10" }
				container cache on a { image "redis:7.4" memory 1536 MiB cpu 1.5 network back }
				container web on a, b { image "nginx:1.27.2" replicas 3 port 8080-8081 -> 80 port 53 -> 53 udp
				    network front secret token depends on cache, db }
				container box on l { image "alpine:3.20" memory 64 MiB cpu 0.5 user "1000" command "sleep 1" }
				balancer lb on a { listen 80 targets web:80 policy least-connections }
				""");
		files = Generated.of(model, Target.DOCKER);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> compose(String machine) {
		return new Yaml().load(files.get("docker/" + machine + "/compose.yaml").content());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> at(Map<String, Object> map, String... keys) {
		Map<String, Object> current = map;
		for (String key : keys) {
			current = (Map<String, Object>) current.get(key);
		}
		return current;
	}

	@Test
	void oneServicePerReplicaWithItsOwnPortAndTheBalancer() {
		Map<String, Object> services = at(compose("a"), "services");
		assertEquals(List.of("cache-1", "web-1", "web-2", "lb"), List.copyOf(services.keySet()));
		assertEquals(List.of(Map.of("target", 80, "published", 8081, "protocol", "tcp", "mode", "host"),
				Map.of("target", 53, "published", 53, "protocol", "udp", "mode", "host")), at(services, "web-2").get("ports"));
		assertEquals(List.of("web-3"), List.copyOf(at(compose("b"), "services").keySet()));
	}

	@Test
	void limitsDependenciesSecretsAndNetworks() {
		Map<String, Object> web = at(compose("a"), "services", "web-1");
		assertEquals(Map.of("cpus", "1.5", "memory", "1536m"), at(compose("a"), "services", "cache-1", "deploy",
				"resources", "limits"));
		assertEquals(List.of("cache-1"), web.get("depends_on"));
		assertEquals(List.of("vm db is not a container on a; deploy.sh starts it first"), web.get("x-berth-depends-on"));
		assertEquals(List.of("token"), web.get("secrets"));
		assertEquals(Map.of("TOKEN_FILE", "/run/secrets/token"), web.get("environment"));
		assertEquals(Map.of("file", "./secrets/token"), at(compose("a"), "secrets", "token"));
		assertEquals("macvlan", at(compose("a"), "networks", "front").get("driver"));
		assertEquals(Map.of("parent", "bn-front"), at(compose("a"), "networks", "front", "driver_opts"));
		assertEquals("bridge", at(compose("a"), "networks", "back").get("driver"));
		assertEquals("bridge", at(compose("b"), "networks", "front").get("driver"));
		assertFalse(at(compose("b"), "services", "web-3").containsKey("depends_on"));
	}

	@Test
	void theBalancerReachesLocalReplicasByNameAndRemoteOnesByAddress() {
		String cfg = files.get("docker/a/lb.haproxy.cfg").content();
		assertTrue(cfg.contains("    balance leastconn\n"), cfg);
		assertTrue(cfg.contains("    server web-1 web-1:80\n    server web-2 web-2:80\n    server web-3 10.0.0.2:8080\n"), cfg);
		assertEquals(List.of("front"), at(compose("a"), "services", "lb").get("networks"));
	}

	@Test
	void lxcMachinesGetAConfigurationPerContainer() {
		assertEquals("""
				lxc.uts.name = box
				lxc.rootfs.path = dir:/var/lib/lxc/box/rootfs
				lxc.cgroup2.memory.max = 67108864
				lxc.cgroup2.cpu.max = 50000 100000
				lxc.net.0.type = veth
				lxc.net.0.link = lxcbr0
				lxc.net.0.flags = up
				lxc.init.uid = 1000
				lxc.init.gid = 1000
				lxc.init.cmd = sleep 1
				""", files.get("lxc/l/box.conf").content());
		assertFalse(files.containsKey("docker/l/compose.yaml"));
	}
}
