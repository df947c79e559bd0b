package dev.berth.tests.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A generated domain defined by the generated {@code define.sh} in a real libvirtd with QEMU
 * (software emulation): a Linux kernel boots directly with an initrd whose init powers the VM off,
 * so the domain ends "shut off (shutdown)" only if the guest really ran.
 */
class LibvirtEndToEndTest {

	private static final String URI = "qemu:///system";
	private static final Path KERNEL_CACHE = Path.of(System.getProperty("java.io.tmpdir"), "berth-e2e-kernel");

	/** Outside JUnit's private temporary folders, so that the QEMU user can read the copied files. */
	private final Path work = Path.of(System.getProperty("java.io.tmpdir"), "berth-e2e-" + UUID.randomUUID());
	private final String domain = "berth-e2e-" + work.getFileName().toString().substring(10, 18);

	@AfterEach
	void removeDomainAndFiles() throws Exception {
		Path virsh = Path.of("/usr/bin/virsh");
		if (Files.isExecutable(virsh)) {
			Processes.run(Path.of("."), virsh.toString(), "-c", URI, "destroy", domain);
			Processes.run(Path.of("."), virsh.toString(), "-c", URI, "undefine", domain);
		}
		if (Files.exists(work)) {
			try (Stream<Path> walk = Files.walk(work)) {
				for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	@Test
	void aQemuHostsVmBootsItsKernelAndShutsDown() throws Exception {
		Path virsh = Tools.require("virsh", "libvirt-clients");
		Tools.require("libvirtd", "libvirt-daemon-system and libvirt-daemon-driver-qemu");
		Tools.require("qemu-system-x86_64", "qemu-system-x86");
		Path busybox = Tools.require("busybox", "busybox-static");
		Tools.require("apt-get", "apt");
		ensureDaemons(virsh);
		Files.createDirectories(work.resolve("site/boot"));
		Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.copy(kernel(), work.resolve("site/boot/vmlinuz"));
		initrd(busybox, work.resolve("site/boot/initrd.img"));
		Path model = work.resolve("site/site.berth");
		Files.writeString(model, """
				deployment e2e
				host local { cpu 2 cores memory 4 GiB hypervisor qemu address "localhost" storage "%s" }
				vm %s on local {
				    vcpu 1
				    memory 256 MiB
				    kernel "boot/vmlinuz" initrd "boot/initrd.img" cmdline "console=ttyS0 panic=-1"
				}
				""".formatted(work.resolve("storage"), domain));
		CliRun generate = CliRun.of("generate", "-t", "libvirt", "-o", work.resolve("out").toString(), model.toString());
		assertEquals(0, generate.status(), generate.out() + generate.err());
		Processes.Result define = Processes.run(work.resolve("out"), Map.of("LIBVIRT_DEFAULT_URI", URI),
				List.of("bash", "libvirt/local/define.sh"));
		assertEquals(0, define.status(), define.output());
		String state = "";
		for (int attempt = 0; attempt < 120 && !state.startsWith("shut off"); attempt++) {
			Thread.sleep(500);
			state = Processes.run(work, virsh.toString(), "-c", URI, "domstate", domain, "--reason").output().strip();
		}
		assertEquals("shut off (shutdown)", state);
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

	/** An initrd whose init prints a line and powers the machine off. */
	private void initrd(Path busybox, Path target) throws Exception {
		Path root = Files.createDirectories(work.resolve("initrd/bin"));
		Files.copy(busybox, root.resolve("busybox"));
		Path init = work.resolve("initrd/init");
		Files.writeString(init, "#!/bin/busybox sh\n/bin/busybox echo berth booted\n/bin/busybox poweroff -f\n");
		Files.setPosixFilePermissions(init, PosixFilePermissions.fromString("rwxr-xr-x"));
		Processes.Result cpio = Processes.run(work.resolve("initrd"), Map.of(), List.of("sh", "-c",
				"find . | busybox cpio -o -H newc | gzip > " + target));
		assertEquals(0, cpio.status(), cpio.output());
	}
}
