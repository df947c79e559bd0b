package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.generator.GeneratedFile;
import dev.berth.generator.Target;
import dev.berth.tests.support.Generated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Domains per hypervisor, nested virtualization, graphics, direct kernel boot and the deployment metadata. */
class LibvirtGeneratorTest {

	@TempDir
	Path dir;

	private Map<String, GeneratedFile> files;

	@BeforeEach
	void generate() throws IOException {
		Path model = dir.resolve("site.berth");
		Files.writeString(model, """
				deployment d
				host q { hypervisor qemu address "localhost" }
				host x { hypervisor xen }
				host e { os esxi hypervisor esxi storage "ds1" }
				host w { os windows hypervisor hyperv }
				network n { subnet "10.1.0.0/24" mode isolated }
				vm tiny on q { memory 256 MiB kernel "boot/vmlinuz" initrd "boot/initrd" cmdline "console=ttyS0"
				    network n ip "10.1.0.5" }
				vm outer on q { vcpu 2 memory 2 GiB hypervisor kvm disk root 10 GiB graphics spice }
				vm xv on x { }
				vm ev on e { disk root 8 GiB }
				vm wv on w { }
				""");
		files = Generated.of(model, Target.LIBVIRT);
	}

	private String file(String path) {
		return files.get(path).content();
	}

	@Test
	void everyHypervisorGetsItsDomainType() {
		assertTrue(file("libvirt/q/tiny.xml").startsWith("<domain type=\"qemu\">"));
		assertTrue(file("libvirt/x/xv.xml").startsWith("<domain type=\"xen\">"));
		assertTrue(file("libvirt/e/ev.xml").startsWith("<domain type=\"vmware\">"));
		assertTrue(file("libvirt/w/wv.xml").startsWith("<domain type=\"hyperv\">"));
		assertTrue(file("libvirt/e/ev.xml").contains("<source file=\"[ds1] ev/root.vmdk\"/>"));
	}

	@Test
	void directKernelBootUsesStoragePathsAndNoGraphicsElementWithoutGraphics() {
		String tiny = file("libvirt/q/tiny.xml");
		assertTrue(tiny.contains("<kernel>/var/lib/libvirt/images/berth/tiny/vmlinuz</kernel>"), tiny);
		assertTrue(tiny.contains("<initrd>/var/lib/libvirt/images/berth/tiny/initrd</initrd>"), tiny);
		assertTrue(tiny.contains("<cmdline>console=ttyS0</cmdline>"), tiny);
		assertFalse(tiny.contains("<graphics"), tiny);
		assertFalse(tiny.contains("host-passthrough"), tiny);
		String outer = file("libvirt/q/outer.xml");
		assertFalse(outer.contains("<cpu"), outer);
		assertTrue(outer.contains("<graphics listen=\"127.0.0.1\" type=\"spice\"/>"), outer);
		assertTrue(outer.contains("<video>\n      <model type=\"qxl\"/>\n    </video>\n    <input bus=\"usb\" type=\"tablet\"/>"),
				outer);
	}

	@Test
	void anIsolatedNetworkHasNoForwardAndAHostEntryPerFixedIp() {
		String network = file("libvirt/q/networks/n.xml");
		assertFalse(network.contains("<forward"), network);
		assertTrue(network.contains("<host ip=\"10.1.0.5\" mac=\"52:54:00:"), network);
		assertTrue(network.contains("name=\"tiny\""), network);
		assertTrue(network.contains("<range end=\"10.1.0.254\" start=\"10.1.0.128\"/>"), network);
	}

	@Test
	void theDomainNamesItsDeploymentInItsMetadata() throws Exception {
		String domain = file("libvirt/q/outer.xml");
		assertTrue(domain.contains("<metadata>\n    <berth:deployment xmlns:berth=\"https://berth.dev/xmlns/deployment/1\">"),
				domain);
	}
}
