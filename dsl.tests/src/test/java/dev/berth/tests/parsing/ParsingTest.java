package dev.berth.tests.parsing;

import static dev.berth.tests.support.ModelFixture.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Inject;
import dev.berth.berth.Arch;
import dev.berth.berth.BalancePolicy;
import dev.berth.berth.Balancer;
import dev.berth.berth.CapabilityChange;
import dev.berth.berth.Container;
import dev.berth.berth.CpuMode;
import dev.berth.berth.DependencyCondition;
import dev.berth.berth.Deployment;
import dev.berth.berth.DiskBus;
import dev.berth.berth.DiskFormat;
import dev.berth.berth.DurationUnit;
import dev.berth.berth.Firmware;
import dev.berth.berth.GraphicsKind;
import dev.berth.berth.Healthcheck;
import dev.berth.berth.Host;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Network;
import dev.berth.berth.NetworkMode;
import dev.berth.berth.OsFamily;
import dev.berth.berth.RestartPolicy;
import dev.berth.berth.Role;
import dev.berth.berth.Sandbox;
import dev.berth.berth.Runtime;
import dev.berth.berth.Secret;
import dev.berth.berth.SecretSource;
import dev.berth.berth.SizeUnit;
import dev.berth.berth.Vm;
import dev.berth.berth.Volume;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every construct of the contract parses into the model with the values written. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class ParsingTest {

	@Inject
	private ModelFixture fixture;

	@Test
	void theContractExampleParsesAndValidatesWithNoError() throws IOException {
		String text;
		try (InputStream in = getClass().getResourceAsStream("/contract/contract-example.berth")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Deployment deployment = fixture.parse(text);
		assertEquals(List.of(), fixture.errors(deployment));
		assertEquals(List.of("security.graphics-exposed", "security.privileged", "security.root-user"),
				ModelFixture.codes(fixture.issues(deployment)));
		assertEquals("acme.shop", deployment.getName());
		assertEquals(10, deployment.getElements().size());
	}

	@Test
	void roleIsAPropertyOfVmsAndContainersAndItsWordsStayNames() {
		Deployment deployment = fixture.parse("""
				deployment d
				host h { hypervisor kvm runtime docker }
				vm database on h { role database }
				vm ad on h { role identity }
				container web on h { image "nginx:1.27" role web }
				container cache on h { image "redis:7.4" }
				""");
		assertEquals(List.of(), fixture.errors(deployment));
		assertEquals(Role.DATABASE, element(deployment, "database", Vm.class).getRole());
		assertEquals(Role.IDENTITY, element(deployment, "ad", Vm.class).getRole());
		assertEquals(Role.WEB, element(deployment, "web", Container.class).getRole());
		assertEquals(Role.NONE, element(deployment, "cache", Container.class).getRole());
	}

	@Test
	void hostTakesEveryProperty() {
		Host host = element(fixture.parse("""
				deployment d
				host node1 {
				    cpu 16 cores
				    memory 64 GiB
				    disk 2 TiB
				    os linux "Debian 12"
				    arch aarch64
				    hypervisor qemu
				    runtime podman
				    overcommit cpu 4.0 memory 1.5
				    address "192.168.10.11"
				    storage "/srv/vms"
				}
				"""), "node1", Host.class);
		assertEquals(new BigDecimal("16"), host.getCpu());
		assertEquals(new BigDecimal("64"), host.getMemory().getValue());
		assertEquals(SizeUnit.GIB, host.getMemory().getUnit());
		assertEquals(SizeUnit.TIB, host.getDisk().getUnit());
		assertEquals(OsFamily.LINUX, host.getOs().getFamily());
		assertEquals("Debian 12", host.getOs().getDescription());
		assertEquals(Arch.AARCH64, host.getArch());
		assertEquals(Hypervisor.QEMU, host.getHypervisor());
		assertEquals(Runtime.PODMAN, host.getRuntime());
		assertEquals(new BigDecimal("4.0"), host.getOvercommit().getCpu());
		assertEquals(new BigDecimal("1.5"), host.getOvercommit().getMemory());
		assertEquals("192.168.10.11", host.getAddress());
		assertEquals("/srv/vms", host.getStorage());
	}

	@Test
	void overcommitTakesEitherFactorInEitherOrder() {
		Deployment deployment = fixture.parse("""
				deployment d
				host a { overcommit memory 1.2 cpu 3.0 memory 8 GiB }
				host b { overcommit cpu 2.0 cpu 8 cores }
				host c { overcommit memory 1.1 }
				""");
		assertEquals(List.of(), fixture.errors(deployment));
		Host a = element(deployment, "a", Host.class);
		assertEquals(new BigDecimal("3.0"), a.getOvercommit().getCpu());
		assertEquals(new BigDecimal("1.2"), a.getOvercommit().getMemory());
		assertEquals(SizeUnit.GIB, a.getMemory().getUnit());
		Host b = element(deployment, "b", Host.class);
		assertEquals(new BigDecimal("8"), b.getCpu());
		assertNull(b.getOvercommit().getMemory());
		assertNull(element(deployment, "c", Host.class).getOvercommit().getCpu());
	}

	@Test
	void everyHypervisorAndRuntimeIsAKeyword() {
		Deployment deployment = fixture.parse("""
				deployment d
				host h1 { hypervisor kvm runtime docker }
				host h2 { hypervisor xen runtime containerd }
				host h3 { os esxi hypervisor esxi }
				host h4 { os windows hypervisor hyperv runtime docker }
				host h5 { hypervisor qemu runtime lxc }
				host h6 { hypervisor none runtime none }
				""");
		assertEquals(List.of(), fixture.errors(deployment));
		assertEquals(Hypervisor.XEN, element(deployment, "h2", Host.class).getHypervisor());
		assertEquals(Runtime.CONTAINERD, element(deployment, "h2", Host.class).getRuntime());
		assertEquals(OsFamily.ESXI, element(deployment, "h3", Host.class).getOs().getFamily());
		assertEquals(Hypervisor.HYPERV, element(deployment, "h4", Host.class).getHypervisor());
		assertEquals(Runtime.LXC, element(deployment, "h5", Host.class).getRuntime());
		assertEquals(Hypervisor.NONE, element(deployment, "h6", Host.class).getHypervisor());
	}

	@Test
	void networkAndSecrets() {
		Deployment deployment = fixture.parse("""
				deployment d
				network front { subnet "10.0.1.0/24" gateway "10.0.1.1" mode routed }
				network back { subnet "fd00::/64" }
				secret db_password from file "secrets/db.txt"
				secret api_token from env "API_TOKEN"
				""");
		assertEquals(List.of(), fixture.errors(deployment));
		Network front = element(deployment, "front", Network.class);
		assertEquals("10.0.1.0/24", front.getSubnet());
		assertEquals("10.0.1.1", front.getGateway());
		assertEquals(NetworkMode.ROUTED, front.getMode());
		assertEquals(NetworkMode.NAT, element(deployment, "back", Network.class).getMode());
		Secret file = element(deployment, "db_password", Secret.class);
		assertEquals(SecretSource.FILE, file.getSource());
		assertEquals("secrets/db.txt", file.getLocation());
		assertEquals(SecretSource.ENV, element(deployment, "api_token", Secret.class).getSource());
	}

	@Test
	void vmTakesEveryProperty() {
		Deployment deployment = fixture.parse("""
				deployment d
				host node1 { hypervisor kvm }
				network front { subnet "10.0.1.0/24" }
				vm db on node1 {
				    os linux "Debian 12"
				    arch x86_64
				    vcpu 4
				    memory 8 GiB
				    disk root 40 GiB image "images/u.qcow2"
				    disk data 200 GiB format raw image "/srv/data.img"
				    network front ip "10.0.1.10"
				    network front
				    boot uefi
				    kernel "boot/vmlinuz" cmdline "console=ttyS0" initrd "boot/initrd.img"
				    graphics spice listen "0.0.0.0"
				    autostart
				    address "db.example.com"
				    runtime docker
				    hypervisor kvm
				    depends on cache
				}
				vm cache on node1 { }
				""");
		assertEquals(List.of(), fixture.errors(deployment));
		Vm db = element(deployment, "db", Vm.class);
		assertEquals(OsFamily.LINUX, db.getOs().getFamily());
		assertEquals("Debian 12", db.getOs().getDescription());
		assertEquals(4, db.getVcpu());
		assertEquals(2, db.getDisks().size());
		assertEquals("images/u.qcow2", db.getDisks().get(0).getImage());
		assertEquals(DiskFormat.QCOW2, db.getDisks().get(0).getFormat());
		assertEquals(DiskFormat.RAW, db.getDisks().get(1).getFormat());
		assertEquals("/srv/data.img", db.getDisks().get(1).getImage());
		assertEquals("10.0.1.10", db.getInterfaces().get(0).getIp());
		assertNull(db.getInterfaces().get(1).getIp());
		assertEquals("front", db.getInterfaces().get(0).getNetwork().getName());
		assertEquals(Firmware.UEFI, db.getFirmware());
		assertEquals("boot/vmlinuz", db.getKernel().getPath());
		assertEquals("boot/initrd.img", db.getKernel().getInitrd());
		assertEquals("console=ttyS0", db.getKernel().getCmdline());
		assertEquals(GraphicsKind.SPICE, db.getGraphics().getKind());
		assertEquals("0.0.0.0", db.getGraphics().getListen());
		assertTrue(db.isAutostart());
		assertEquals("db.example.com", db.getAddress());
		assertEquals(Runtime.DOCKER, db.getRuntime());
		assertEquals(Hypervisor.KVM, db.getHypervisor());
		assertEquals("node1", ((Host) db.getMachine()).getName());
		assertEquals("cache", ((Vm) db.getDependsOn().get(0).getTarget()).getName());
	}

	@Test
	void vmDefaults() {
		Vm vm = element(fixture.parse("""
				deployment d
				host h { hypervisor kvm }
				vm v on h { vcpu 1 memory 1 GiB }
				"""), "v", Vm.class);
		assertEquals(Firmware.BIOS, vm.getFirmware());
		assertNull(vm.getGraphics());
		assertNull(vm.getKernel());
		assertFalse(vm.isAutostart());
		assertEquals(Runtime.NONE, vm.getRuntime());
		assertEquals(Hypervisor.NONE, vm.getHypervisor());
	}

	@Test
	void containerTakesEveryProperty() {
		Deployment deployment = fixture.parse("""
				deployment d
				host node1 { runtime docker }
				host node2 { runtime docker }
				network front { subnet "10.0.1.0/24" }
				secret s from env "S"
				container web on node1, node2 {
				    image "nginx:1.27.2"
				    replicas 4
				    cpu 0.25
				    memory 256 MiB
				    port 8080-8081 -> 80
				    port 53 -> 53 udp
				    port 443
				    expose 9090, 9091
				    env LOG_LEVEL = "info"
				    env user = "x"
				    secret s
				    volume "./html" -> "/usr/share/nginx/html" readonly
				    volume "data" -> "/data"
				    network front
				    user "101"
				    os windows
				    privileged
				    command "nginx -g 'daemon off;'"
				    restart on-failure
				    depends on node1, node2
				}
				""");
		Container web = element(deployment, "web", Container.class);
		assertEquals(List.of("node1", "node2"), web.getMachines().stream().map(m -> ((Host) m).getName()).toList());
		assertEquals("nginx:1.27.2", web.getImage());
		assertEquals(4, web.getReplicas());
		assertEquals(new BigDecimal("0.25"), web.getCpu());
		assertEquals(SizeUnit.MIB, web.getMemory().getUnit());
		assertEquals(3, web.getPorts().size());
		assertEquals(8080, web.getPorts().get(0).getHostPort());
		assertEquals(8081, web.getPorts().get(0).getHostPortEnd());
		assertEquals(80, web.getPorts().get(0).getContainerPort());
		assertFalse(web.getPorts().get(0).isUdp());
		assertTrue(web.getPorts().get(1).isUdp());
		assertNull(web.getPorts().get(2).getHostPort());
		assertEquals(443, web.getPorts().get(2).getContainerPort());
		assertEquals(List.of(9090, 9091), web.getExposes());
		assertEquals("LOG_LEVEL", web.getEnv().get(0).getKey());
		assertEquals("info", web.getEnv().get(0).getValue());
		assertEquals("user", web.getEnv().get(1).getKey());
		assertEquals("s", web.getSecrets().get(0).getName());
		assertTrue(web.getVolumes().get(0).isReadonly());
		assertFalse(web.getVolumes().get(1).isReadonly());
		assertEquals("/usr/share/nginx/html", web.getVolumes().get(0).getTarget());
		assertEquals("front", web.getNetworks().get(0).getName());
		assertEquals("101", web.getUser());
		assertEquals(OsFamily.WINDOWS, web.getOs().getFamily());
		assertTrue(web.isPrivileged());
		assertEquals("nginx -g 'daemon off;'", web.getCommand().getText());
		assertFalse(web.getCommand().isList());
		assertEquals(RestartPolicy.ON_FAILURE, web.getRestart());
		assertEquals(2, web.getDependsOn().size());
	}

	@Test
	void containerTakesTheBuildProcessAndSecurityProperties() {
		Deployment deployment = fixture.parse("""
				deployment d
				host node1 { runtime docker }
				container cache on node1 { image "redis:7.4" healthcheck "redis-cli ping" every 5 s restart no }
				container api on node1 {
				    build "./api"
				    dockerfile "Dockerfile.prod"
				    build-target "runtime"
				    build-arg VERSION = "2.4.1"
				    port 8443 -> 8443 listen "127.0.0.1"
				    port 53 -> 53 listen "::1" udp
				    env TOKEN_URL from env "SHOP_TOKEN_URL"
				    env-file "api.env"
				    hostname "api"
				    entrypoint ["/usr/local/bin/api"]
				    command []
				    workdir "/srv"
				    cap drop ALL
				    cap add NET_BIND_SERVICE, cap_chown
				    read-only
				    tmpfs "/tmp"
				    label "org.opencontainers.image.source" = "https://example.com/shop"
				    label com.example.tier = "api"
				    sandbox gvisor
				    healthcheck "curl -fsS http://localhost/healthz" every 10 s timeout 1.5 min retries 3 start 500 ms
				    depends on cache healthy, node1
				}
				""");
		Container api = element(deployment, "api", Container.class);
		assertEquals("./api", api.getBuild());
		assertEquals("Dockerfile.prod", api.getDockerfile());
		assertEquals("runtime", api.getBuildTarget());
		assertEquals("VERSION", api.getBuildArgs().get(0).getKey());
		assertEquals("2.4.1", api.getBuildArgs().get(0).getValue());
		assertNull(api.getImage());
		assertEquals("127.0.0.1", api.getPorts().get(0).getListen());
		assertTrue(api.getPorts().get(1).isUdp());
		assertEquals("::1", api.getPorts().get(1).getListen());
		assertEquals("SHOP_TOKEN_URL", api.getEnv().get(0).getVariable());
		assertNull(api.getEnv().get(0).getValue());
		assertEquals(List.of("api.env"), api.getEnvFiles());
		assertEquals("api", api.getHostname());
		assertEquals(List.of("/usr/local/bin/api"), api.getEntrypoint().getItems());
		assertTrue(api.getCommand().isList());
		assertEquals(List.of(), api.getCommand().getItems());
		assertEquals("/srv", api.getWorkdir());
		assertEquals(CapabilityChange.DROP, api.getCapabilities().get(0).getChange());
		assertEquals(List.of("NET_BIND_SERVICE", "cap_chown"), api.getCapabilities().get(1).getNames());
		assertTrue(api.isReadOnly());
		assertEquals(List.of("/tmp"), api.getTmpfs());
		assertEquals("org.opencontainers.image.source", api.getLabels().get(0).getQuotedKey());
		assertEquals("com.example.tier", api.getLabels().get(1).getKey());
		assertEquals(Sandbox.GVISOR, api.getSandbox());
		Healthcheck check = api.getHealthcheck();
		assertEquals("curl -fsS http://localhost/healthz", check.getCommand());
		assertEquals(DurationUnit.S, check.getInterval().getUnit());
		assertEquals(new BigDecimal("1.5"), check.getTimeout().getValue());
		assertEquals(DurationUnit.MIN, check.getTimeout().getUnit());
		assertEquals(3, check.getRetries());
		assertEquals(DurationUnit.MS, check.getStartPeriod().getUnit());
		assertEquals(DependencyCondition.HEALTHY, api.getDependsOn().get(0).getCondition());
		assertEquals(DependencyCondition.STARTED, api.getDependsOn().get(1).getCondition());
		assertEquals(Sandbox.NONE, element(deployment, "cache", Container.class).getSandbox());
	}

	@Test
	void vmAndNetworkTakeTheCloudInitAndDeviceProperties() {
		Deployment deployment = fixture.parse("""
				deployment d
				host node1 { hypervisor kvm }
				network lan { subnet "192.168.10.0/24" mode bridge bridge "br0" dns "192.168.10.1" dns "9.9.9.9" }
				vm db on node1 {
				    cpu-model host-model
				    disk root 40 GiB
				    disk data 200 GiB format raw bus sata
				    cdrom "isos/tools.iso"
				    cdrom "/srv/other.iso"
				    network lan mac "52:54:00:12:34:56" ip "192.168.10.20"
				    ssh-key "ssh-ed25519 AAAA admin@example"
				    ssh-key from file "keys/ops.pub"
				    user-data "cloud/db.yaml"
				}
				vm named on node1 { cpu-model "Skylake-Server" }
				""");
		Vm db = element(deployment, "db", Vm.class);
		assertEquals(CpuMode.HOST_MODEL, db.getCpuModel().getMode());
		assertNull(db.getCpuModel().getName());
		assertEquals("Skylake-Server", element(deployment, "named", Vm.class).getCpuModel().getName());
		assertEquals(DiskBus.VIRTIO, db.getDisks().get(0).getBus());
		assertEquals(DiskBus.SATA, db.getDisks().get(1).getBus());
		assertEquals(List.of("isos/tools.iso", "/srv/other.iso"), db.getCdroms());
		assertEquals("52:54:00:12:34:56", db.getInterfaces().get(0).getMac());
		assertEquals("192.168.10.20", db.getInterfaces().get(0).getIp());
		assertEquals("ssh-ed25519 AAAA admin@example", db.getSshKeys().get(0).getKey());
		assertEquals("keys/ops.pub", db.getSshKeys().get(1).getFile());
		assertEquals("cloud/db.yaml", db.getUserData());
		Network lan = element(deployment, "lan", Network.class);
		assertEquals(NetworkMode.BRIDGE, lan.getMode());
		assertEquals("br0", lan.getBridge());
		assertEquals(List.of("192.168.10.1", "9.9.9.9"), lan.getDns());
	}

	@Test
	void valueWordsOfReleaseTwoAreNames() {
		Deployment deployment = fixture.parse("""
				deployment d
				host h { runtime docker }
				container healthy on h { image "a:1" }
				container s on h { image "a:1" depends on healthy completed }
				""");
		assertEquals(List.of(), fixture.errors(deployment));
		Container s = element(deployment, "s", Container.class);
		assertEquals("healthy", ((Container) s.getDependsOn().get(0).getTarget()).getName());
		assertEquals(DependencyCondition.COMPLETED, s.getDependsOn().get(0).getCondition());
	}

	@Test
	void aVolumeTakesASizeBeforeOrAfterReadonlyAndSizeStaysAName() {
		Deployment deployment = fixture.parse("""
				deployment d
				host size { runtime docker }
				container c on size { image "a:1"
				    volume "pgdata" -> "/var/lib/postgresql/data" size 50 GiB
				    volume "a" -> "/b" readonly size 1 GiB
				    volume "c" -> "/d" size 1.5 MB readonly
				    volume "e" -> "/f"
				    env size = "1"
				}
				""");
		assertEquals(List.of(), fixture.errors(deployment));
		List<Volume> volumes = element(deployment, "c", Container.class).getVolumes();
		assertEquals(new BigDecimal("50"), volumes.get(0).getSize().getValue());
		assertEquals(SizeUnit.GIB, volumes.get(0).getSize().getUnit());
		assertFalse(volumes.get(0).isReadonly());
		assertTrue(volumes.get(1).isReadonly());
		assertEquals(SizeUnit.GIB, volumes.get(1).getSize().getUnit());
		assertTrue(volumes.get(2).isReadonly());
		assertEquals(new BigDecimal("1.5"), volumes.get(2).getSize().getValue());
		assertNull(volumes.get(3).getSize());
		assertEquals("size", element(deployment, "c", Container.class).getEnv().get(0).getKey());
	}

	@Test
	void kataFcIsASandboxAndWordsNearItStayNames() {
		Deployment deployment = fixture.parse("""
				deployment d
				host h { runtime docker }
				container kata on h { image "a:1" sandbox kata-fc }
				container kata-f on h { image "a:1" sandbox kata }
				container kata-fcx on h { image "a:1" sandbox kata-fc depends on kata-f, kata }
				container kata-fc on h { image "a:1" }
				container kata- on h { image "a:1" }
				""");
		assertEquals(List.of(), fixture.errors(deployment));
		assertEquals(Sandbox.KATA_FC, element(deployment, "kata", Container.class).getSandbox());
		assertEquals(Sandbox.KATA, element(deployment, "kata-f", Container.class).getSandbox());
		Container last = element(deployment, "kata-fcx", Container.class);
		assertEquals(Sandbox.KATA_FC, last.getSandbox());
		assertEquals(List.of("kata-f", "kata"), last.getDependsOn().stream()
				.map(d -> ((Container) d.getTarget()).getName()).toList());
		assertEquals(6, deployment.getElements().size());
	}

	@Test
	void everyRestartPolicyParses() {
		Deployment deployment = fixture.parse("""
				deployment d
				host h { runtime docker }
				container a on h { restart no }
				container b on h { restart always }
				container c on h { restart unless-stopped }
				container e on h { }
				""");
		assertEquals(RestartPolicy.NO, element(deployment, "a", Container.class).getRestart());
		assertEquals(RestartPolicy.ALWAYS, element(deployment, "b", Container.class).getRestart());
		assertEquals(RestartPolicy.UNLESS_STOPPED, element(deployment, "c", Container.class).getRestart());
		assertEquals(RestartPolicy.UNLESS_STOPPED, element(deployment, "e", Container.class).getRestart());
	}

	@Test
	void balancerTakesEveryProperty() {
		Deployment deployment = fixture.parse("""
				deployment d
				host h { runtime docker }
				network n { subnet "10.0.0.0/24" }
				container web on h { image "nginx:1.27.2" expose 80 }
				container api on h { image "api:1.0" expose 8080 }
				balancer lb on h {
				    listen 443
				    targets web:80, api
				    policy source-hash
				    health "/healthz"
				    network n
				}
				balancer empty on h { policy least-connections }
				""");
		assertEquals(List.of("balancer.no-targets"), ModelFixture.codes(fixture.errors(deployment)));
		Balancer lb = element(deployment, "lb", Balancer.class);
		assertEquals(443, lb.getListen());
		assertEquals(80, lb.getTargets().get(0).getPort());
		assertNull(lb.getTargets().get(1).getPort());
		assertEquals("api", ((Container) lb.getTargets().get(1).getWorkload()).getName());
		assertEquals(BalancePolicy.SOURCE_HASH, lb.getPolicy());
		assertEquals("/healthz", lb.getHealth());
		assertEquals(BalancePolicy.LEAST_CONNECTIONS, element(deployment, "empty", Balancer.class).getPolicy());
		assertTrue(element(deployment, "empty", Balancer.class).getTargets().isEmpty());
	}

	@Test
	void propertyWordsAreUsableAsNames() {
		Deployment deployment = fixture.parse("""
				deployment net.balancer.vm
				import network.core.*
				host image { hypervisor kvm runtime docker }
				network mode { subnet "10.0.0.0/24" }
				vm gateway on image { network mode ip "10.0.0.5" runtime docker }
				container user on gateway { image "app:1" port 8080 -> 80 env port = "1" }
				secret file from file "file"
				balancer health on image { targets user }
				""");
		assertEquals("net.balancer.vm", deployment.getName());
		assertEquals("network.core.*", deployment.getImports().get(0).getImportedNamespace());
		Vm gateway = element(deployment, "gateway", Vm.class);
		assertEquals("image", ((Host) gateway.getMachine()).getName());
		assertEquals("mode", gateway.getInterfaces().get(0).getNetwork().getName());
		assertEquals(6, deployment.getElements().size());
		assertEquals(List.of(), fixture.errors(deployment));
	}

	@Test
	void commentsOfBothKindsAreIgnored() {
		Deployment deployment = fixture.parse("""
				/* a site */ deployment d // the name
				host h { /* inside */ cpu 4 cores // four
				}
				""");
		assertEquals(List.of(), fixture.errors(deployment));
		assertEquals(new BigDecimal("4"), element(deployment, "h", Host.class).getCpu());
	}
}
