package dev.berth.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Inject;
import dev.berth.generator.GeneratedFile;
import dev.berth.generator.Target;
import dev.berth.importer.ImportedSite;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.Generated;
import dev.berth.tests.support.ModelFixture;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Domains as {@code virsh dumpxml} writes them, imported, validated and generated again: the domain
 * Berth writes equals the original on every carried element and passes libvirt's schema.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class DomainRoundTripTest {

	@TempDir
	Path dir;

	@Inject
	private ModelFixture fixture;

	/** The test's copy of a domain file, {@code @IMAGES@} in it replaced by the test's folder. */
	private Path source(String name) throws Exception {
		Path original = Project.path("dsl.tests/src/test/resources/importer/libvirt/" + name + ".xml");
		Path copy = dir.resolve(name + ".xml");
		Files.writeString(copy, Files.readString(original).replace("@IMAGES@", dir.toString()));
		return copy;
	}

	/** Imports the domain, checks the model has no error, generates it and compares the domains. */
	private ImportedSite roundTrip(Path domain, String hypervisor, String berthName) throws Exception {
		ImportedSite site = DomainImport.read(domain);
		String model = DomainImport.model(site, hypervisor);
		assertEquals(List.of(), ModelFixture.codes(fixture.errors(fixture.parse(model))), model);
		Path modelFile = Files.writeString(dir.resolve("imported.berth"), model);
		Map<String, GeneratedFile> files = Generated.of(modelFile, Target.LIBVIRT);
		String generated = files.get("libvirt/local/" + berthName + ".xml").content();
		String original = Files.readString(domain);
		assertEquals(berthName, DomainFacts.name(generated));
		assertEquals(DomainFacts.of(original, network -> null), DomainFacts.of(generated, network -> bridge(files, network)), generated);
		assertValid(domain);
		assertValid(Files.writeString(dir.resolve(berthName + ".generated.xml"), generated));
		return site;
	}

	/** The file passes libvirt's domain schema. */
	private void assertValid(Path domain) throws Exception {
		Path validate = Tools.require("virt-xml-validate", "libvirt-clients and libxml2-utils");
		Processes.Result result = Processes.run(dir, validate.toString(), domain.toString(), "domain");
		assertEquals(0, result.status(), domain + ": " + result.output());
	}

	/** The host bridge a generated network of {@code mode bridge} joins, else null. */
	private static String bridge(Map<String, GeneratedFile> files, String network) {
		String xml = files.get("libvirt/local/networks/" + network + ".xml").content();
		return xml.contains("<forward mode=\"bridge\"/>") ? xml.replaceAll("(?s).*<bridge name=\"([^\"]+)\"/>.*", "$1") : null;
	}

	@Test
	void aLinuxServerWithTwoDisksACdromTwoInterfacesVncAndUefi() throws Exception {
		Path qemuImg = Tools.require("qemu-img", "qemu-utils");
		Path image = dir.resolve("web-root.qcow2");
		assertEquals(0, Processes.run(dir, qemuImg.toString(), "create", "-f", "qcow2", image.toString(), "40G").status());
		Path domain = source("server");
		ImportedSite site = roundTrip(domain, "kvm", "web-server_01");
		String text = DomainImport.text(site);
		assertTrue(text.contains("    disk root 40 GiB image \"" + image + "\"\n"), text);
		assertTrue(text.contains("    disk sdb 20 GiB image \"/var/lib/libvirt/images/web-data.img\" format raw bus sata\n"), text);
		assertEquals(List.of("2:3 renamed", "3:3 uuid", "14:5 os/firmware", "18:5 os/loader /usr/share/OVMF/OVMF_CODE_4M.fd",
				"19:5 os/nvram", "22:3 features", "27:3 cpu check='none' migratable='on'", "28:3 clock", "36:3 pm",
				"41:5 devices/emulator", "43:7 devices/disk/driver discard='unmap'", "46:7 devices/*/address, 5 elements",
				"48:5 size of disk sdb", "61:5 devices/controller, 3 elements", "70:7 subnet of network default",
				"80:5 devices/serial", "85:5 devices/console", "88:5 devices/channel", "92:5 devices/input, 3 elements",
				"100:5 devices/audio", "101:5 devices/video", "105:5 devices/memballoon", "108:5 devices/rng"),
				DomainImport.reported(site));
	}

	@Test
	void aVmThatBootsAKernelDirectly() throws Exception {
		ImportedSite site = roundTrip(source("microvm"), "qemu", "tiny");
		String text = DomainImport.text(site);
		assertTrue(text.contains("    kernel \"/srv/boot/vmlinuz-6.1.0-cloud-amd64\" initrd \"/srv/boot/initrd.img\" "
				+ "cmdline \"console=ttyS0 root=/dev/vda quiet\"\n"), text);
	}

	@Test
	void aWindowsVmNamedByItsLibosinfoMetadata() throws Exception {
		ImportedSite site = roundTrip(source("windows"), "kvm", "dc01");
		assertTrue(DomainImport.text(site).contains("    os windows \"win 2k22\"\n"), DomainImport.text(site));
		assertTrue(DomainImport.reported(site).contains("52:7 devices/interface/model type='e1000e'"), site.diagnostics().toString());
	}
}
