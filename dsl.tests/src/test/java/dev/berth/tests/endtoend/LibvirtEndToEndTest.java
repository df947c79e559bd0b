package dev.berth.tests.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.KernelModules;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.SerialConsole;
import dev.berth.tests.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A generated VM, deployed with its network by {@code berth deploy} (the generated Ansible) into a real libvirtd
 * with QEMU, boots, prints its cloud-init seed from the CD-ROM and powers itself off.
 */
class LibvirtEndToEndTest {

	private static final String URI = "qemu:///system";
	private static final Path KERNEL_CACHE = Path.of(System.getProperty("java.io.tmpdir"), "berth-e2e-kernel");
	/** A well-formed ed25519 public key whose key bytes spell a sentence. */
	private static final String SSH_KEY =
			"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJlcnRoIGVuZC10by1lbmQgdGVzdCwgZmFrZSBrZXkh e2e@berth";
	/** The drivers of the seed CD-ROM (SCSI on virtio-scsi, ISO 9660) and of the network card. */
	private static final List<String> MODULES = List.of("virtio_pci", "virtio_scsi", "sr_mod", "isofs", "virtio_net");
	private static final String SEED_BEGIN = "berth-seed-begin";
	private static final Pattern SEED_MAC = Pattern.compile("macaddress: (\\S+)");
	private static final Pattern CARD_MAC = Pattern.compile("berth-nic (\\S+)");

	/** Outside JUnit's private temporary folders, so that the QEMU user can read the copied files. */
	private final Path work = Path.of(System.getProperty("java.io.tmpdir"), "berth-e2e-" + UUID.randomUUID());
	private final String id = work.getFileName().toString().substring(10, 18);
	private final String domain = "berth-e2e-" + id;
	private final String network = "e2e" + id;
	/** The first three bytes of a /24 of its own, so that a network of another run does not hold it. */
	private final String subnet24 = "10.77." + Integer.parseInt(id.substring(0, 2), 16);

	@AfterEach
	void removeDomainNetworkAndFiles() throws Exception {
		Path virsh = Path.of("/usr/bin/virsh");
		if (Files.isExecutable(virsh)) {
			Processes.run(Path.of("."), virsh.toString(), "-c", URI, "destroy", domain);
			Processes.run(Path.of("."), virsh.toString(), "-c", URI, "undefine", domain);
			Processes.run(Path.of("."), virsh.toString(), "-c", URI, "net-destroy", network);
			Processes.run(Path.of("."), virsh.toString(), "-c", URI, "net-undefine", network);
		}
		deleteTree(work);
		Files.deleteIfExists(Path.of("/var/log/libvirt/qemu", domain + ".log"));
		Files.deleteIfExists(Path.of("/run/libvirt/network", network + ".pid"));
		deleteTree(Path.of("/run/libvirt/network", network));
	}

	@Test
	void aQemuVmReadsItsSeedFromTheCdRomAndShutsDown() throws Exception {
		Path virsh = Tools.require("virsh", "libvirt-clients");
		Tools.require("libvirtd", "libvirt-daemon-system and libvirt-daemon-driver-qemu");
		Tools.require("qemu-system-x86_64", "qemu-system-x86");
		Tools.require("dnsmasq", "dnsmasq-base");
		Tools.require("xorriso", "xorriso");
		Tools.require("ansible-playbook", "ansible");
		Tools.requireFile("python3-libvirt", Path.of("/usr/lib/python3/dist-packages/libvirt.py"));
		Tools.requireFile("python3-lxml", Path.of("/usr/lib/python3/dist-packages/lxml"));
		Path busybox = Tools.require("busybox", "busybox-static");
		Tools.require("apt-get", "apt");
		ensureDaemons(virsh);
		Files.createDirectories(work.resolve("site/boot"));
		Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path kernel = kernel();
		Files.copy(kernel, work.resolve("site/boot/vmlinuz"));
		initrd(busybox, kernel.getParent().getParent(), work.resolve("site/boot/initrd.img"));
		Path model = work.resolve("site/site.berth");
		Files.writeString(model, """
				deployment e2e.run%s
				host local { cpu 2 cores memory 4 GiB hypervisor qemu address "localhost" connection local storage "%s" }
				network %s { subnet "%s.0/24" mode isolated }
				vm %s on local {
				    vcpu 1
				    memory 256 MiB
				    kernel "boot/vmlinuz" initrd "boot/initrd.img" cmdline "console=ttyS0 panic=-1 quiet"
				    network %s ip "%s.10"
				    ssh-key "%s"
				}
				""".formatted(id, work.resolve("storage"), network, subnet24, domain, network, subnet24, SSH_KEY));
		CliRun deploy = deploy(model);
		assertEquals(0, deploy.status(), deploy.out() + deploy.err());
		assertTrue(deploy.out().contains("local: vm " + domain + " created"), deploy.out());
		assertTrue(Processes.run(work, virsh.toString(), "-c", URI, "net-info", network).output()
				.matches("(?s).*Active: +yes.*"), "the deployment starts the network " + network);
		CliRun again = deploy(model);
		assertEquals(0, again.status(), "the deployment runs again while the network and the VM are up: " + again.out()
				+ again.err());
		assertTrue(again.out().contains("no change"), "a second deployment changes nothing: " + again.out());
		try (Stream<Path> files = Files.list(work.resolve("storage").resolve(domain))) {
			assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("seed-")).count(),
					"an unchanged seed keeps its one ISO");
		}
		String state = "";
		String console;
		try (SerialConsole serial = SerialConsole.open(virsh, URI, domain, work.resolve("console.log"))) {
			for (int attempt = 0; attempt < 120 && !state.startsWith("shut off"); attempt++) {
				if (!serial.output().contains(SEED_BEGIN)) {
					serial.sendNewline();
				}
				Thread.sleep(500);
				state = Processes.run(work, virsh.toString(), "-c", URI, "domstate", domain, "--reason").output().strip();
			}
			console = serial.output();
		}
		assertEquals("shut off (shutdown)", state, console);
		assertTrue(console.contains(SEED_BEGIN + " /dev/sr0"), "the seed is the SCSI CD-ROM: " + console);
		assertTrue(console.contains("local-hostname: " + domain), console);
		assertTrue(console.contains("- " + subnet24 + ".10/24"), console);
		assertTrue(console.contains("- " + SSH_KEY), console);
		assertEquals(match(CARD_MAC, console), match(SEED_MAC, console),
				"network-config matches the guest's card: " + console);
	}

	/** Runs {@code berth deploy}, whose only machine is this one ({@code connection local}). */
	private CliRun deploy(Path model) {
		return CliRun.of("deploy", "-o", work.resolve("out").toString(), model.toString());
	}

	private static String match(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertTrue(matcher.find(), pattern + " in " + text);
		return matcher.group(1);
	}

	private static void deleteTree(Path root) throws IOException {
		if (Files.exists(root)) {
			try (Stream<Path> walk = Files.walk(root)) {
				for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	/** Starts libvirt's daemons when no system connection answers, as a machine without systemd needs. */
	private static void ensureDaemons(Path virsh) throws Exception {
		if (Processes.run(Path.of("."), virsh.toString(), "-c", URI, "list").status() == 0) {
			return;
		}
		Processes.run(Path.of("."), "virtlogd", "-d");
		Processes.run(Path.of("."), "libvirtd", "-d");
		for (int attempt = 0; attempt < 20; attempt++) {
			if (Processes.run(Path.of("."), virsh.toString(), "-c", URI, "list").status() == 0) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("libvirtd does not answer on " + URI);
	}

	/** Debian's cloud kernel, downloaded once into a cache folder. */
	private static Path kernel() throws Exception {
		Files.createDirectories(KERNEL_CACHE);
		try (Stream<Path> found = Files.find(KERNEL_CACHE, 4, (p, a) -> p.getFileName().toString().startsWith("vmlinuz-"))) {
			var kernel = found.findFirst();
			if (kernel.isPresent()) {
				return kernel.get();
			}
		}
		String depends = Processes.run(KERNEL_CACHE, "apt-cache", "depends", "linux-image-cloud-amd64").output();
		String image = depends.lines().map(String::strip).filter(l -> l.startsWith("Depends: linux-image-"))
				.map(l -> l.substring("Depends: ".length())).findFirst()
				.orElseThrow(() -> new AssertionError("no cloud kernel package: " + depends));
		Processes.Result download = Processes.run(KERNEL_CACHE, "apt-get", "download", image);
		assertEquals(0, download.status(), download.output());
		try (Stream<Path> debs = Files.list(KERNEL_CACHE)) {
			Path deb = debs.filter(p -> p.toString().endsWith(".deb")).findFirst().orElseThrow();
			assertEquals(0, Processes.run(KERNEL_CACHE, "dpkg-deb", "-x", deb.toString(), "root").status());
		}
		return kernel();
	}

	/**
	 * An initrd whose init loads the drivers from the kernel package, mounts the CD-ROM labelled
	 * {@code cidata} (the NoCloud seed), waits for a line on the console (so that the test reads the
	 * console before anything is printed; long enough for the playbook to run twice), prints the
	 * MAC of its network card and the seed, and powers off.
	 */
	private void initrd(Path busybox, Path kernelPackage, Path target) throws Exception {
		Path root = work.resolve("initrd");
		Files.createDirectories(root.resolve("bin"));
		Path modules = Files.createDirectories(root.resolve("lib/modules"));
		Files.copy(busybox, root.resolve("bin/busybox"));
		List<String> order = KernelModules.copyInLoadOrder(kernelPackage, busybox, modules, MODULES);
		Path init = root.resolve("init");
		Files.writeString(init, """
				#!/bin/busybox sh
				/bin/busybox --install -s /bin
				export PATH=/bin
				mkdir -p /dev /proc /sys /seed
				mount -t devtmpfs dev /dev
				mount -t proc proc /proc
				mount -t sysfs sys /sys
				exec 0<>/dev/console 1>&0 2>&0
				for module in %s; do insmod /lib/modules/$module.ko; done
				tries=0
				while ! seed=$(findfs LABEL=cidata) && [ $tries -lt 100 ]; do sleep 0.1; tries=$((tries + 1)); done
				mount -t iso9660 -o ro "$seed" /seed
				read -t 300 line
				echo %s "$seed"
				echo "berth-nic $(cat /sys/class/net/eth0/address)"
				cat /seed/meta-data /seed/network-config /seed/user-data
				poweroff -f
				""".formatted(String.join(" ", order), SEED_BEGIN));
		Files.setPosixFilePermissions(init, PosixFilePermissions.fromString("rwxr-xr-x"));
		Processes.Result cpio = Processes.run(root, Map.of(), List.of("sh", "-c",
				"find . | busybox cpio -o -H newc | gzip > " + target));
		assertEquals(0, cpio.status(), cpio.output());
	}
}
