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

/** Compose files carry the model's values: names, build, process, health, order, limits, networks, secrets, balancers, LXC. */
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
				balancer lb on a { listen 80 targets web:80 policy least-connections health "/healthz" }
				container api on b {
				    build "./api" dockerfile "Dockerfile.prod" build-target "runtime" build-arg VERSION = "2.4.1"
				    image "registry.example.com/shop/api:2.4.1"
				    port 8443 -> 8443 listen "127.0.0.1"
				    port 9000 listen "::1"
				    env TOKEN_URL from env "SHOP_TOKEN_URL"
				    env PRICE = "$5"
				    env-file "api.env"
				    env-file "conf/api.env"
				    hostname "api.internal"
				    entrypoint ["/usr/local/bin/api", "--serve"]
				    command []
				    workdir "/srv"
				    cap drop ALL
				    cap add NET_BIND_SERVICE, cap_chown
				    read-only
				    tmpfs "/tmp"
				    label "org.opencontainers.image.source" = "https://example.com/shop"
				    label com.example.tier = "api"
				    sandbox kata
				    healthcheck "curl -fsS http://localhost/healthz" every 1.5 min timeout 500 ms start 20 s
				    depends on built completed, web healthy
				}
				container built on b { build "/srv/built" command "make" restart no }
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
		assertEquals(List.of("cache", "web-1", "web-2", "lb"), List.copyOf(services.keySet()));
		assertEquals(List.of(Map.of("target", 80, "published", 8081, "protocol", "tcp", "mode", "host"),
				Map.of("target", 53, "published", 53, "protocol", "udp", "mode", "host")), at(services, "web-2").get("ports"));
		assertEquals(List.of("web-3", "api", "built"), List.copyOf(at(compose("b"), "services").keySet()));
	}

	@Test
	void limitsDependenciesSecretsAndNetworks() {
		Map<String, Object> web = at(compose("a"), "services", "web-1");
		assertEquals(Map.of("cpus", "1.5", "memory", "1536m"), at(compose("a"), "services", "cache", "deploy",
				"resources", "limits"));
		assertEquals(Map.of("cache", Map.of("condition", "service_started")), web.get("depends_on"));
		assertEquals(List.of(Map.of("workload", "db", "kind", "vm", "machines", List.of("a"), "condition", "started")),
				web.get("x-berth-depends-on"));
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
	void numberedInstancesShareTheContainersNameAsAnAliasOnEachNetwork() {
		assertEquals(Map.of("front", Map.of("aliases", List.of("web"))), at(compose("a"), "services", "web-1").get("networks"));
		assertEquals("web-3", at(compose("b"), "services", "web-3").get("hostname"));
		assertEquals(List.of("back"), at(compose("a"), "services", "cache").get("networks"));
		assertEquals("cache", at(compose("a"), "services", "cache").get("hostname"));
	}

	@Test
	void buildProcessAndSecurityPropertiesBecomeTheirComposeKeys() {
		Map<String, Object> api = at(compose("b"), "services", "api");
		assertEquals("registry.example.com/shop/api:2.4.1", api.get("image"));
		assertEquals(Map.of("context", "./build/api", "dockerfile", "Dockerfile.prod", "target", "runtime", "args",
				Map.of("VERSION", "2.4.1")), api.get("build"));
		assertEquals(List.of("127.0.0.1:8443:8443/tcp", "[::1]::9000/tcp"), api.get("ports"));
		assertEquals(Map.of("TOKEN_URL", "${SHOP_TOKEN_URL:?set SHOP_TOKEN_URL in the environment that deploys}",
				"PRICE", "$$5"), api.get("environment"));
		assertEquals(List.of("./env/api/api.env", "./env/api/2-api.env"), api.get("env_file"));
		assertEquals("api.internal", api.get("hostname"));
		assertEquals(List.of("/usr/local/bin/api", "--serve"), api.get("entrypoint"));
		assertEquals(List.of(), api.get("command"));
		assertEquals("/srv", api.get("working_dir"));
		assertEquals(List.of("NET_BIND_SERVICE", "CHOWN"), api.get("cap_add"));
		assertEquals(List.of("ALL"), api.get("cap_drop"));
		assertEquals(true, api.get("read_only"));
		assertEquals(List.of("/tmp"), api.get("tmpfs"));
		assertEquals("io.containerd.kata.v2", api.get("runtime"));
		assertEquals(Map.of("org.opencontainers.image.source", "https://example.com/shop", "com.example.tier", "api",
				"dev.berth.deployment", "d", "dev.berth.machine", "b", "dev.berth.container", "api", "dev.berth.replica", "1"),
				api.get("labels"));
		assertEquals(Map.of("test", List.of("CMD-SHELL", "curl -fsS http://localhost/healthz"), "interval", "90s",
				"timeout", "500ms", "retries", 3, "start_period", "20s"), api.get("healthcheck"));
		assertEquals(Map.of("built", Map.of("condition", "service_completed_successfully"), "web-3",
				Map.of("condition", "service_healthy")), api.get("depends_on"));
		assertEquals(List.of(Map.of("workload", "web", "kind", "container", "machines", List.of("a"), "condition",
				"healthy")), api.get("x-berth-depends-on"));
		Map<String, Object> built = at(compose("b"), "services", "built");
		assertEquals(Map.of("context", "/srv/built"), built.get("build"));
		assertFalse(built.containsKey("image"));
		assertEquals("make", built.get("command"));
	}

	@Test
	void theBalancerReachesLocalReplicasByNameAndRemoteOnesByAddress() {
		String cfg = files.get("docker/a/lb.haproxy.cfg").content();
		assertTrue(cfg.contains("    balance leastconn\n"), cfg);
		assertTrue(cfg.contains("resolvers runtime\n    parse-resolv-conf\n"), cfg);
		assertTrue(cfg.contains("    option httpchk\n    http-check send meth GET uri /healthz ver HTTP/1.1 hdr Host lb\n"),
				cfg);
		assertTrue(cfg.contains("    default-server init-addr last,libc,none resolvers runtime check\n"), cfg);
		assertTrue(cfg.contains("    server web-1 web-1:80\n    server web-2 web-2:80\n    server web-3 10.0.0.2:8080\n"), cfg);
		assertEquals(List.of("front"), at(compose("a"), "services", "lb").get("networks"));
		assertEquals(List.of("web-1", "web-2"), at(compose("a"), "services", "lb").get("depends_on"));
	}

	@Test
	void theBalancerTargetsTheContainerPortOfTheFirstPortAndBracketsIpv6Addresses() throws IOException {
		Path model = dir.resolve("v6/site.berth");
		Files.createDirectories(model.getParent());
		Files.writeString(model, """
				deployment d
				host a { runtime docker }
				host b { runtime docker address "fd00::2" }
				container web on a, b { image "nginx:1.27.2" replicas 2 expose 9090 port 8080 -> 80 }
				balancer lb on a { targets web }
				""");
		String cfg = Generated.of(model, Target.DOCKER).get("docker/a/lb.haproxy.cfg").content();
		assertTrue(cfg.contains("    server web-1 web-1:80\n    server web-2 [fd00::2]:8080\n"), cfg);
	}

	@Test
	void eachSandboxNamesItsRuntime() throws IOException {
		assertTrue(composeOf("gvisor", "sandbox gvisor").contains("    runtime: runsc\n"));
		assertTrue(composeOf("kata", "sandbox kata").contains("    runtime: io.containerd.kata.v2\n"));
		assertTrue(composeOf("kata-fc", "sandbox kata-fc").contains("    runtime: io.containerd.kata-fc.v2\n"));
		assertFalse(composeOf("none", "sandbox none").contains("runtime:"));
	}

	@Test
	void aVolumeSizeLeavesTheComposeFileAsItWas() throws IOException {
		String sized = composeOf("sized", "volume \"pgdata\" -> \"/data\" size 50 GiB volume \"logs\" -> \"/logs\" "
				+ "readonly size 1 GiB");
		String plain = composeOf("plain", "volume \"pgdata\" -> \"/data\" volume \"logs\" -> \"/logs\" readonly");
		assertEquals(plain, sized);
		assertTrue(sized.contains("source: pgdata"), sized);
	}

	private String composeOf(String folder, String properties) throws IOException {
		Path model = dir.resolve(folder + "/site.berth");
		Files.createDirectories(model.getParent());
		Files.writeString(model, "deployment d\nhost a { runtime docker }\ncontainer db on a { image \"postgres:16\" "
				+ properties + " }\n");
		return Generated.of(model, Target.DOCKER).get("docker/a/compose.yaml").content();
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
