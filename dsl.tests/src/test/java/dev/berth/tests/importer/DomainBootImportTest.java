package dev.berth.tests.importer;

import static dev.berth.tests.importer.DomainImport.domain;
import static dev.berth.tests.importer.DomainImport.message;
import static dev.berth.tests.importer.DomainImport.reported;
import static dev.berth.tests.importer.DomainImport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.importer.ImportedSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guest OS from libosinfo metadata, the architecture, UEFI or BIOS, direct kernel boot and boot devices. */
class DomainBootImportTest {

	@TempDir
	Path dir;

	private static String metadata(String id) {
		return "<metadata>\n  <libosinfo:libosinfo xmlns:libosinfo='http://libosinfo.org/xmlns/libvirt/domain/1.0'>\n"
				+ "    <libosinfo:os id='" + id + "'/>\n  </libosinfo:libosinfo>\n</metadata>\n";
	}

	private ImportedSite of(String elements) throws Exception {
		return DomainImport.of(dir, domain(metadata("http://ubuntu.com/ubuntu/24.04") + elements));
	}

	@Test
	void withoutLibosinfoTheGuestIsAssumedLinuxAndThatIsReported() throws Exception {
		ImportedSite site = DomainImport.of(dir, domain("<vcpu>1</vcpu>"));
		assertEquals("vm vm1 on local {\n    os linux\n    vcpu 1\n}\n", text(site));
		assertEquals(List.of("1:1 guest OS"), reported(site));
		assertEquals("not imported: guest OS (the domain XML does not name it; assumed linux: change `os` if it is not)",
				message(site, "guest OS"));
	}

	@Test
	void libosinfoNamesTheFamilyAndTheRelease() throws Exception {
		assertTrue(text(DomainImport.of(dir, domain(metadata("http://microsoft.com/win/2k22"))))
				.contains("os windows \"win 2k22\"\n"));
		ImportedSite ubuntu = of("");
		assertTrue(text(ubuntu).contains("os linux \"ubuntu 24.04\"\n"));
		assertEquals(List.of(), reported(ubuntu));
	}

	@Test
	void anOsThatIsNeitherLinuxNorWindowsIsAssumedLinuxAndReported() throws Exception {
		ImportedSite site = DomainImport.of(dir, domain(metadata("http://freebsd.org/freebsd/14.0")));
		assertTrue(text(site).contains("os linux \"freebsd 14.0\"\n"));
		assertEquals(List.of("5:7 guest OS http://freebsd.org/freebsd/14.0"), reported(site));
	}

	@Test
	void otherMetadataIsReported() throws Exception {
		ImportedSite site = DomainImport.of(dir, domain("<metadata>\n  <app:info xmlns:app='https://example.com/app'>x</app:info>\n</metadata>"));
		assertEquals(List.of("1:1 guest OS", "4:5 metadata/info"), reported(site));
	}

	@Test
	void firmwareEfiAndAPflashLoaderAreUefi() throws Exception {
		ImportedSite efi = of("<os firmware='efi'>\n  <type arch='x86_64' machine='pc-q35-8.2'>hvm</type>\n"
				+ "  <firmware><feature enabled='no' name='secure-boot'/></firmware>\n"
				+ "  <loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>\n"
				+ "  <nvram template='/usr/share/OVMF/OVMF_VARS_4M.fd'>/var/lib/libvirt/qemu/nvram/vm1_VARS.fd</nvram>\n"
				+ "  <boot dev='hd'/>\n</os>");
		assertTrue(text(efi).contains("    boot uefi\n"), text(efi));
		assertEquals(List.of("10:5 os/firmware", "11:5 os/loader /usr/share/OVMF/OVMF_CODE_4M.fd", "12:5 os/nvram"), reported(efi));
		ImportedSite pflash = of("<os>\n  <type arch='x86_64'>hvm</type>\n  <loader readonly='yes' type='pflash'/>\n</os>");
		assertTrue(text(pflash).contains("    boot uefi\n"), text(pflash));
		assertEquals(List.of(), reported(pflash));
	}

	@Test
	void biosIsBerthsDefaultAndAFirmwareFileIsReported() throws Exception {
		ImportedSite site = of("<os>\n  <type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type>\n"
				+ "  <loader>/usr/share/seabios/bios-256k.bin</loader>\n  <boot dev='cdrom'/>\n  <boot dev='hd'/>\n"
				+ "  <bootmenu enable='yes'/>\n</os>");
		assertFalse(text(site).contains("boot"), text(site));
		assertEquals(List.of("9:5 os/type hvm arch='x86_64' machine='pc-i440fx-7.2'",
				"10:5 os/loader /usr/share/seabios/bios-256k.bin", "11:5 os/boot dev='cdrom'", "13:5 os/bootmenu"), reported(site));
		assertEquals("not imported: os/boot dev='cdrom' (Berth boots from the first disk)", message(site, "os/boot dev='cdrom'"));
	}

	@Test
	void aarch64IsCarried() throws Exception {
		ImportedSite site = of("<os>\n  <type arch='aarch64' machine='virt-8.2'>hvm</type>\n</os>");
		assertTrue(text(site).contains("    arch aarch64\n"), text(site));
		assertEquals(List.of(), reported(site));
	}

	@Test
	void directKernelBoot() throws Exception {
		ImportedSite site = of("<os>\n  <type arch='x86_64' machine='q35'>hvm</type>\n  <kernel>/srv/boot/vmlinuz</kernel>\n"
				+ "  <initrd>/srv/boot/initrd.img</initrd>\n  <cmdline>console=ttyS0 root=\"/dev/vda\"</cmdline>\n</os>");
		assertTrue(text(site).contains(
				"    kernel \"/srv/boot/vmlinuz\" initrd \"/srv/boot/initrd.img\" cmdline \"console=ttyS0 root=\\\"/dev/vda\\\"\"\n"),
				text(site));
		assertEquals(List.of(), reported(site));
	}

	@Test
	void anInitrdWithoutKernelIsReported() throws Exception {
		ImportedSite site = of("<os>\n  <type>hvm</type>\n  <initrd>/srv/boot/initrd.img</initrd>\n</os>");
		assertFalse(text(site).contains("initrd"), text(site));
		assertEquals(List.of("10:5 os/initrd"), reported(site));
	}
}
