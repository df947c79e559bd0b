package dev.berth.tests.importer;

import static dev.berth.tests.importer.DomainImport.domain;
import static dev.berth.tests.importer.DomainImport.message;
import static dev.berth.tests.importer.DomainImport.reported;
import static dev.berth.tests.importer.DomainImport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.importer.ImportedSite;
import dev.berth.importer.libvirt.DomainImporter;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Disks with their size, format and bus, CD-ROMs, interfaces and their networks, graphics, and the devices not carried. */
class DomainDevicesImportTest {

	@TempDir
	Path dir;

	/** A domain whose {@code <devices>} holds the text, its first device on line 5, column 5. */
	private ImportedSite of(String devices) throws Exception {
		return DomainImport.of(dir, domain(DomainImport.DEBIAN + "<devices>\n" + devices.indent(2) + "</devices>"));
	}

	private static String disk(String attributes, String children) {
		return "<disk " + attributes + ">\n" + children.indent(2) + "</disk>\n";
	}

	@Test
	void aDiskImageThatExistsHasTheSizeQemuImgReads() throws Exception {
		Path qemuImg = Tools.require("qemu-img", "qemu-utils");
		Path image = dir.resolve("root.qcow2");
		assertEquals(0, Processes.run(dir, qemuImg.toString(), "create", "-f", "qcow2", image.toString(), "12G").status());
		ImportedSite site = of(disk("type='file' device='disk'", "<driver name='qemu' type='qcow2'/>\n<source file='" + image
				+ "'/>\n<target dev='vda' bus='virtio'/>"));
		assertTrue(text(site).contains("    disk root 12 GiB image \"" + image + "\"\n"), text(site));
		assertEquals(List.of(), reported(site));
	}

	@Test
	void relativePathsAreReadBesideTheDomainFileAndWrittenRelativeToTheModel() throws Exception {
		Path qemuImg = Tools.require("qemu-img", "qemu-utils");
		Path images = Files.createDirectories(dir.resolve("domains/images"));
		assertEquals(0, Processes.run(images, qemuImg.toString(), "create", "-f", "raw", "a.img", "3M").status());
		Path file = Files.writeString(dir.resolve("domains/vm1.xml"), domain(DomainImport.DEBIAN + "<os><type>hvm</type>"
				+ "<kernel>boot/vmlinuz</kernel></os><devices>" + disk("type='file' device='disk'", "<driver type='raw'/>"
				+ "<source file='images/a.img'/><target dev='vda' bus='virtio'/>") + "</devices>"));
		ImportedSite site = new ImportedSite("local", dir);
		new DomainImporter().read(file, site);
		assertTrue(text(site).contains("    kernel \"./domains/boot/vmlinuz\"\n    disk root 3 MiB image \"./domains/images/a.img\" "
				+ "format raw\n"), text(site));
	}

	@Test
	void aDiskWhoseImageIsNotHereGetsAPlaceholderSizeAndAWarning() throws Exception {
		ImportedSite site = of(disk("type='file' device='disk'", "<driver name='qemu' type='raw' cache='none' io='native'/>\n"
				+ "<source file='/var/lib/libvirt/images/gone.img'/>\n<target dev='sda' bus='sata'/>\n<boot order='1'/>"));
		assertTrue(text(site).contains("    disk root 20 GiB image \"/var/lib/libvirt/images/gone.img\" format raw bus sata\n"),
				text(site));
		assertEquals(List.of("5:5 size of disk root", "6:7 devices/disk/driver cache='none' io='native'", "9:7 devices/disk/boot"),
				reported(site));
		assertEquals("not imported: size of disk root (cannot read /var/lib/libvirt/images/gone.img: no such file on this "
				+ "machine; written as 20 GiB, a placeholder: set the disk's real size)", message(site, "size of disk root"));
	}

	@Test
	void disksAfterTheFirstAreNamedAfterTheirTargetAndOddBusesOrKindsAreReported() throws Exception {
		ImportedSite site = of(disk("type='file' device='disk'", "<source file='/i/a.qcow2'/>\n<driver type='qcow2'/>\n<target dev='vda' bus='virtio'/>")
				+ disk("type='file' device='disk'", "<driver type='qcow2'/>\n<source file='/i/b.qcow2'/>\n<target dev='hdb' bus='ide'/>")
				+ disk("type='file' device='disk'", "<driver type='qcow2'/>\n<source file='/i/c.qcow2'/>\n<target dev='sdc' bus='scsi'/>\n<readonly/>")
				+ disk("type='block' device='disk'", "<source dev='/dev/vg0/data'/>\n<target dev='vdd' bus='virtio'/>")
				+ disk("type='file' device='disk'", "<driver type='vmdk'/>\n<source file='/i/e.vmdk'/>\n<target dev='vde'/>")
				+ disk("type='file' device='floppy'", "<source file='/i/f.img'/>\n<target dev='fda'/>"));
		String text = text(site);
		assertTrue(text.contains("    disk root 20 GiB image \"/i/a.qcow2\"\n    disk hdb 20 GiB image \"/i/b.qcow2\"\n"
				+ "    disk sdc 20 GiB image \"/i/c.qcow2\" bus scsi\n}"), text);
		assertEquals(List.of("5:5 size of disk root", "10:5 size of disk hdb", "10:5 disk hdb bus='ide'", "15:5 size of disk sdc",
				"19:7 devices/disk/readonly", "21:5 disk vdd type='block'", "25:5 disk /i/e.vmdk format vmdk", "30:5 floppy fda"),
				reported(site));
	}

	@Test
	void cdroms() throws Exception {
		ImportedSite site = of(disk("type='file' device='cdrom'", "<driver name='qemu' type='raw'/>\n<source file='/isos/tools.iso'/>\n"
				+ "<target dev='sda' bus='sata'/>\n<readonly/>")
				+ disk("type='file' device='cdrom'", "<source file='/isos/old.iso'/>\n<target dev='hdc' bus='ide'/>\n<readonly/>")
				+ disk("type='file' device='cdrom'", "<target dev='sdb' bus='sata'/>\n<readonly/>"));
		assertTrue(text(site).contains("    cdrom \"/isos/tools.iso\"\n    cdrom \"/isos/old.iso\"\n}"), text(site));
		assertEquals(List.of("11:5 cdrom /isos/old.iso bus='ide'", "16:5 cdrom sdb type='file'"), reported(site));
		assertEquals("not imported: cdrom sdb type='file' (an empty CD-ROM drive; Berth's `cdrom` names an image file)",
				message(site, "cdrom sdb type='file'"));
	}

	@Test
	void interfacesJoinNetworksDeclaredOnceAndBridgesAsBridgedNetworks() throws Exception {
		ImportedSite site = of("<interface type='network'>\n  <mac address='52:54:00:00:00:01'/>\n  <source network='default'/>\n"
				+ "  <model type='virtio'/>\n</interface>\n<interface type='network'>\n  <source network='default'/>\n"
				+ "  <model type='e1000'/>\n</interface>\n<interface type='bridge'>\n  <mac address='52:54:00:00:00:02'/>\n"
				+ "  <source bridge='br0'/>\n  <bandwidth><inbound average='1000'/></bandwidth>\n</interface>");
		assertEquals("network default {\n}\nnetwork br0 {\n    mode bridge\n    bridge \"br0\"\n}\nvm vm1 on local {\n"
				+ "    os linux \"debian 12\"\n    network default mac \"52:54:00:00:00:01\"\n    network default\n"
				+ "    network br0 mac \"52:54:00:00:00:02\"\n}\n", text(site));
		assertEquals(List.of("7:7 subnet of network default", "12:7 devices/interface/model type='e1000'",
				"17:7 devices/interface/bandwidth"), reported(site));
		assertEquals("not imported: subnet of network default (the domain XML does not hold it, and libvirt defines no nat "
				+ "network without one: copy the subnet and mode from `virsh net-dumpxml default`, or import that file with the domain)",
				message(site, "subnet of network default"));
	}

	@Test
	void domainsOfOneImportShareTheirNetworks() throws Exception {
		String nic = "<devices><interface type='network'><source network='lab'/></interface></devices>";
		Path first = Files.writeString(dir.resolve("a.xml"), domain(DomainImport.DEBIAN + nic));
		Path second = Files.writeString(dir.resolve("b.xml"), domain(DomainImport.DEBIAN + nic).replace("vm1", "vm2"));
		ImportedSite site = DomainImport.read(first, second);
		assertEquals(1, site.elements().stream().filter(e -> e.startsWith("network lab ")).count(), site.elements().toString());
		assertTrue(site.elements().get(2).contains("    network lab\n"), site.elements().toString());
	}

	@Test
	void interfacesBerthCannotDeclareAreReported() throws Exception {
		ImportedSite site = of("<interface type='network'>\n  <source network='lab.net'/>\n</interface>\n"
				+ "<interface type='user'>\n  <mac address='52:54:00:00:00:03'/>\n</interface>\n"
				+ "<interface type='direct'>\n  <source dev='eth0' mode='bridge'/>\n</interface>");
		assertEquals(List.of("5:5 interface network on network lab.net", "8:5 interface 52:54:00:00:00:03 type='user'",
				"11:5 interface direct type='direct'"), reported(site));
		assertEquals("not imported: interface network on network lab.net ('lab.net' is not a Berth name, and renaming it "
				+ "would join another libvirt network: declare the network and the interface by hand)",
				message(site, "interface network on network lab.net"));
		assertEquals("vm vm1 on local {\n    os linux \"debian 12\"\n}\n", text(site));
	}

	@Test
	void graphicsWithTheirListenAddress() throws Exception {
		assertTrue(text(of("<graphics type='vnc' port='-1' autoport='yes' listen='0.0.0.0'>\n"
				+ "  <listen type='address' address='0.0.0.0'/>\n</graphics>")).contains("    graphics vnc listen \"0.0.0.0\"\n"));
		assertTrue(text(of("<graphics type='spice' autoport='yes'>\n  <listen type='address' address='127.0.0.1'/>\n</graphics>"))
				.contains("    graphics spice listen \"127.0.0.1\"\n"));
		ImportedSite site = of("<graphics type='sdl' display=':0'/>\n<graphics type='vnc' port='5901' passwd='x'>\n"
				+ "  <listen type='socket'/>\n</graphics>\n<graphics type='spice'/>");
		assertTrue(text(site).contains("    graphics vnc\n}"), text(site));
		assertEquals(List.of("5:5 graphics type='sdl'", "6:5 devices/graphics passwd='x' port='5901'",
				"7:7 graphics listen type='socket'", "9:5 devices/graphics"), reported(site));
	}

	@Test
	void otherDevicesAreReportedOncePerKindAtTheFirst() throws Exception {
		ImportedSite site = of("<emulator>/usr/bin/qemu-system-x86_64</emulator>\n<controller type='usb' index='0'/>\n"
				+ "<controller type='sata' index='0'/>\n<sound model='ich9'/>\n<watchdog model='i6300esb'/>\n"
				+ "<disk type='file' device='cdrom'>\n  <source file='/isos/a.iso'/>\n  <target dev='sda' bus='sata'/>\n"
				+ "  <address type='drive' controller='0' bus='0' target='0' unit='0'/>\n</disk>\n"
				+ "<interface type='network'>\n  <source network='default'/>\n  <alias name='net0'/>\n"
				+ "  <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>\n</interface>");
		assertEquals(List.of("5:5 devices/emulator", "6:5 devices/controller, 2 elements", "8:5 devices/sound",
				"9:5 devices/watchdog", "13:7 devices/*/address, 2 elements", "16:7 subnet of network default",
				"17:7 devices/*/alias, 1 element"), reported(site));
		assertEquals("not imported: devices/controller, 2 elements (libvirt adds the controllers the devices need)",
				message(site, "devices/controller, 2 elements"));
		assertEquals("not imported: devices/watchdog (Berth declares no watchdog devices)", message(site, "devices/watchdog"));
	}

	@Test
	void theLiveXmlOfARunningDomainNeedsNoWarningForItsPortsBridgeOrId() throws Exception {
		ImportedSite site = DomainImport.of(dir, "<domain type='kvm' id='7'>\n  <name>vm1</name>\n  " + DomainImport.DEBIAN
				+ "  <devices>\n    <interface type='network'>\n      <source network='default' portid='5e1f' bridge='virbr0'/>\n"
				+ "      <target dev='vnet0'/>\n      <alias name='net0'/>\n    </interface>\n"
				+ "    <graphics type='vnc' port='5900' autoport='yes' listen='127.0.0.1'/>\n  </devices>\n</domain>\n");
		assertEquals("vm vm1 on local {\n    os linux \"debian 12\"\n    network default\n    graphics vnc listen \"127.0.0.1\"\n}\n",
				text(site).substring(text(site).indexOf("vm ")));
		assertEquals(List.of("6:7 subnet of network default", "7:7 devices/interface/target", "8:7 devices/*/alias, 1 element"), reported(site));
	}
}
