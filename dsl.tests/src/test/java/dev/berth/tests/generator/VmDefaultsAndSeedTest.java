package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.generator.GeneratedFile;
import dev.berth.generator.Target;
import dev.berth.tests.support.Generated;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

/**
 * Release 2 VMs: the defaults virt-install writes, CD-ROMs and disk buses, bridges, MACs and UUIDs
 * derived from the deployment, and the cloud-init seed compared with the model.
 */
class VmDefaultsAndSeedTest {

	private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly admin@example";

	@TempDir
	Path dir;

	private Map<String, GeneratedFile> files;

	@BeforeEach
	void generate() throws IOException {
		Files.createDirectories(dir.resolve("keys"));
		Files.writeString(dir.resolve("keys/ops.pub"), "# the operators\nssh-ed25519 AAAAOps ops@example\n\n");
		Files.createDirectories(dir.resolve("cloud"));
		Files.writeString(dir.resolve("cloud/db.yaml"), """
				#cloud-config
				packages: [postgresql-16]
				ssh_authorized_keys:
				  - ssh-ed25519 AAAABackup backup@example
				""");
		files = Generated.of(write("site.berth", "acme.shop"), Target.LIBVIRT);
	}

	private Path write(String name, String deployment) throws IOException {
		Path model = dir.resolve(name);
		Files.writeString(model, """
				deployment %s
				host k { hypervisor kvm }
				host w { os windows hypervisor hyperv }
				network front { subnet "10.0.1.0/24" gateway "10.0.1.1" }
				network lan { subnet "192.168.10.0/24" gateway "192.168.10.1" mode bridge bridge "br0"
				    dns "192.168.10.1" dns "9.9.9.9" }
				vm _db on k {
				    vcpu 2 memory 4 GiB
				    disk root 40 GiB
				    disk data 20 GiB bus sata
				    disk scratch 1 GiB bus scsi
				    cdrom "isos/tools.iso"
				    network front ip "10.0.1.10" mac "52:54:00:12:34:56"
				    network lan ip "192.168.10.20"
				    ssh-key "%s"
				    ssh-key from file "keys/ops.pub"
				    user-data "cloud/db.yaml"
				    graphics vnc
				}
				vm modelled on k { cpu-model "Skylake-Server" network lan }
				vm desk on w { os windows disk root 40 GiB ssh-key "%3$s" network front ip "10.0.1.30" }
				""".formatted(deployment, KEY, KEY));
		return model;
	}

	private String file(String path) {
		return files.get(path).content();
	}

	private static String xpath(String xml, String expression) throws Exception {
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		return XPathFactory.newInstance().newXPath().evaluate(expression, document);
	}

	@Test
	void kvmDomainsGetWhatVirtInstallWrites() throws Exception {
		String db = file("libvirt/k/_db.xml");
		assertEquals("host-passthrough", xpath(db, "/domain/cpu/@mode"));
		assertEquals("utc", xpath(db, "/domain/clock/@offset"));
		assertEquals("org.qemu.guest_agent.0", xpath(db, "/domain/devices/channel[@type='unix']/target/@name"));
		assertEquals("/dev/urandom", xpath(db, "/domain/devices/rng[@model='virtio']/backend"));
		assertEquals("virtio", xpath(db, "/domain/devices/video/model/@type"));
		assertEquals("tablet", xpath(db, "/domain/devices/input/@type"));
		String modelled = file("libvirt/k/modelled.xml");
		assertEquals("custom", xpath(modelled, "/domain/cpu/@mode"));
		assertEquals("Skylake-Server", xpath(modelled, "/domain/cpu/model"));
		assertEquals("", xpath(modelled, "/domain/devices/video/model/@type"));
		String desk = file("libvirt/w/desk.xml");
		assertFalse(desk.contains("guest_agent"), desk);
		assertFalse(desk.contains("<cpu"), desk);
	}

	@Test
	void disksSitOnTheirBusAndCdromsAndTheSeedAreReadOnly() throws Exception {
		String db = file("libvirt/k/_db.xml");
		assertEquals("vda virtio", xpath(db, "concat(/domain/devices/disk[1]/target/@dev, ' ', /domain/devices/disk[1]/target/@bus)"));
		assertEquals("sda sata", xpath(db, "concat(/domain/devices/disk[2]/target/@dev, ' ', /domain/devices/disk[2]/target/@bus)"));
		assertEquals("sdb scsi", xpath(db, "concat(/domain/devices/disk[3]/target/@dev, ' ', /domain/devices/disk[3]/target/@bus)"));
		assertEquals("/var/lib/libvirt/images/berth/_db/tools.iso",
				xpath(db, "/domain/devices/disk[@device='cdrom'][1]/source/@file"));
		assertEquals("sata", xpath(db, "/domain/devices/disk[@device='cdrom'][1]/target/@bus"));
		assertEquals("2", xpath(db, "count(/domain/devices/disk[@device='cdrom']/readonly)"));
		assertEquals("scsi", xpath(db, "/domain/devices/disk[@device='cdrom'][2]/target/@bus"));
		assertTrue(xpath(db, "/domain/devices/disk[@device='cdrom'][2]/source/@file")
				.matches("/var/lib/libvirt/images/berth/_db/seed-[0-9a-f]{8}\\.iso"));
		assertEquals("virtio-scsi", xpath(db, "/domain/devices/controller[@type='scsi']/@model"));
	}

	@Test
	void theSeedCarriesTheNameTheKeysAndTheAddresses() throws Exception {
		Map<String, Object> meta = new Yaml().load(file("libvirt/k/_db.seed/meta-data"));
		assertEquals("db", meta.get("local-hostname"));
		String id = (String) meta.get("instance-id");
		assertTrue(id.matches("_db-[0-9a-f]{8}"), id);
		assertTrue(xpath(file("libvirt/k/_db.xml"), "/domain/devices/disk[@device='cdrom'][2]/source/@file")
				.endsWith("/seed-" + id.substring(4) + ".iso"));
		String userData = file("libvirt/k/_db.seed/user-data");
		assertTrue(userData.startsWith("#cloud-config\n"), userData);
		Map<String, Object> user = new Yaml().load(userData);
		assertEquals(List.of("postgresql-16"), user.get("packages"));
		assertEquals(List.of("ssh-ed25519 AAAABackup backup@example", KEY, "ssh-ed25519 AAAAOps ops@example"),
				user.get("ssh_authorized_keys"));
		Map<String, Object> network = new Yaml().load(file("libvirt/k/_db.seed/network-config"));
		assertEquals(2, network.get("version"));
		assertEquals(Map.of(
				"nic0", Map.of("match", Map.of("macaddress", "52:54:00:12:34:56"), "addresses", List.of("10.0.1.10/24"),
						"routes", List.of(Map.of("to", "0.0.0.0/0", "via", "10.0.1.1"))),
				"nic1", Map.of("match", Map.of("macaddress", mac(file("libvirt/k/_db.xml"), "lan")), "addresses",
						List.of("192.168.10.20/24"), "nameservers", Map.of("addresses", List.of("192.168.10.1", "9.9.9.9")))),
				network.get("ethernets"));
		assertFalse(files.containsKey("libvirt/k/modelled.seed/meta-data"));
		assertFalse(files.containsKey("libvirt/w/desk.seed/meta-data"));
	}

	@Test
	void aBridgedNetworkJoinsTheHostsBridgeAndHostEntriesAreDnsLabels() {
		String lan = file("libvirt/k/networks/lan.xml");
		assertTrue(lan.contains("<forward mode=\"bridge\"/>"), lan);
		assertTrue(lan.contains("<bridge name=\"br0\"/>"), lan);
		String front = file("libvirt/k/networks/front.xml");
		assertTrue(front.contains("<host ip=\"10.0.1.10\" mac=\"52:54:00:12:34:56\" name=\"db\"/>"), front);
	}

	@Test
	void identifiersDeriveFromTheDeploymentToo() throws Exception {
		Map<String, GeneratedFile> other = Generated.of(write("other.berth", "acme.other"), Target.LIBVIRT);
		String mine = file("libvirt/k/modelled.xml");
		String theirs = other.get("libvirt/k/modelled.xml").content();
		assertNotEquals(xpath(mine, "/domain/uuid"), xpath(theirs, "/domain/uuid"));
		assertNotEquals(mac(mine, "lan"), mac(theirs, "lan"));
		assertTrue(mac(mine, "lan").startsWith("52:54:00:"));
		assertEquals(files.get("libvirt/k/modelled.xml"), Generated.of(dir.resolve("site.berth"), Target.LIBVIRT)
				.get("libvirt/k/modelled.xml"));
	}

	private static String mac(String domain, String network) throws Exception {
		return xpath(domain, "/domain/devices/interface[source/@network='" + network + "']/mac/@address");
	}
}
