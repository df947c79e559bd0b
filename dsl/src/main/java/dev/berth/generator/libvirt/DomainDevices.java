package dev.berth.generator.libvirt;

import dev.berth.berth.Disk;
import dev.berth.berth.DiskBus;
import dev.berth.berth.DiskFormat;
import dev.berth.berth.GraphicsKind;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Interface;
import dev.berth.berth.Machine;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Vm;
import dev.berth.model.MacAddresses;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import dev.berth.model.VmFile;
import dev.berth.model.VmFiles;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The devices of a domain: disks on their bus, CD-ROMs, the cloud-init seed on a SCSI bus with a
 * virtio-scsi controller, interfaces with their MACs, a serial console, and, as virt-install adds
 * them, a qemu guest agent channel and a virtio RNG for Linux guests, video and a USB tablet with graphics.
 */
final class DomainDevices {

	private final Element devices;
	private final Hypervisor hypervisor;
	private int virtioDisks;
	private int sdDisks;

	private DomainDevices(Element devices, Hypervisor hypervisor) {
		this.devices = devices;
		this.hypervisor = hypervisor;
	}

	static void add(Element domain, Site site, Machine machine, Vm vm, Optional<CloudInitSeed> seed) {
		DomainDevices added = new DomainDevices(XmlDocuments.child(domain, "devices"), Machines.hypervisor(machine));
		added.disks(machine, vm);
		added.cdroms(machine, vm, seed);
		added.interfaces(site, vm);
		added.consoleAndAgent(vm);
		added.graphics(vm);
	}

	private boolean qemu() {
		return DomainXml.isQemu(hypervisor);
	}

	private void disks(Machine machine, Vm vm) {
		for (Disk disk : vm.getDisks()) {
			Element element = XmlDocuments.child(devices, "disk", "type", "file", "device", "disk");
			if (hypervisor != Hypervisor.ESXI && hypervisor != Hypervisor.HYPERV) {
				XmlDocuments.child(element, "driver", "name", "qemu", "type",
						disk.getFormat() == DiskFormat.RAW ? "raw" : "qcow2");
			}
			XmlDocuments.child(element, "source", "file", DiskPaths.of(machine, vm, disk));
			target(element, bus(disk.getBus()));
		}
	}

	/** The bus a disk sits on: the model's on QEMU, SCSI on ESXi and Hyper-V, Xen's own otherwise. */
	private String bus(DiskBus bus) {
		if (hypervisor == Hypervisor.ESXI || hypervisor == Hypervisor.HYPERV) {
			return "scsi";
		}
		if (hypervisor == Hypervisor.XEN) {
			return bus == DiskBus.VIRTIO ? "xen" : bus.getLiteral();
		}
		return bus.getLiteral();
	}

	private void target(Element disk, String bus) {
		String dev = switch (bus) {
			case "virtio" -> "vd" + letter(virtioDisks++);
			case "xen" -> "xvd" + letter(virtioDisks++);
			default -> "sd" + letter(sdDisks++);
		};
		XmlDocuments.child(disk, "target", "dev", dev, "bus", bus);
	}

	/** The disk letters after {@code vd}, {@code sd}: a to z, then aa, ab, as Linux names them. */
	private static String letter(int index) {
		return index < 26 ? String.valueOf((char) ('a' + index)) : letter(index / 26 - 1) + (char) ('a' + index % 26);
	}

	private void cdroms(Machine machine, Vm vm, Optional<CloudInitSeed> seed) {
		for (VmFile file : VmFiles.files(vm)) {
			if (file.kind() == VmFile.Kind.CDROM) {
				cdrom(file.hostPath(), hypervisor == Hypervisor.ESXI || hypervisor == Hypervisor.HYPERV ? "scsi" : "sata");
			}
		}
		LibvirtFacts.seedIso(machine, vm, seed).ifPresent(iso -> {
			XmlDocuments.child(devices, "controller", "type", "scsi", "model", "virtio-scsi");
			cdrom(iso, "scsi");
		});
	}

	private void cdrom(String path, String bus) {
		Element element = XmlDocuments.child(devices, "disk", "type", "file", "device", "cdrom");
		if (qemu()) {
			XmlDocuments.child(element, "driver", "name", "qemu", "type", "raw");
		}
		XmlDocuments.child(element, "source", "file", path);
		target(element, bus);
		XmlDocuments.child(element, "readonly");
	}

	private void interfaces(Site site, Vm vm) {
		MacAddresses macs = MacAddresses.of(site);
		for (Interface nic : vm.getInterfaces()) {
			if (nic.getNetwork() == null || nic.getNetwork().eIsProxy()) {
				continue;
			}
			Element element = XmlDocuments.child(devices, "interface", "type", "network");
			XmlDocuments.child(element, "mac", "address", macs.of(nic));
			XmlDocuments.child(element, "source", "network", nic.getNetwork().getName());
			if (hypervisor != Hypervisor.HYPERV) {
				XmlDocuments.child(element, "model", "type", hypervisor == Hypervisor.ESXI ? "vmxnet3" : "virtio");
			}
		}
	}

	private void consoleAndAgent(Vm vm) {
		Element serial = XmlDocuments.child(devices, "serial", "type", "pty");
		XmlDocuments.child(serial, "target", "port", "0");
		Element console = XmlDocuments.child(devices, "console", "type", "pty");
		XmlDocuments.child(console, "target", "type", "serial", "port", "0");
		if (qemu() && Machines.os(vm.getOs()).family() == OsFamily.LINUX) {
			Element channel = XmlDocuments.child(devices, "channel", "type", "unix");
			XmlDocuments.child(channel, "target", "type", "virtio", "name", "org.qemu.guest_agent.0");
			Element rng = XmlDocuments.child(devices, "rng", "model", "virtio");
			XmlDocuments.text(rng, "backend", "/dev/urandom").setAttribute("model", "random");
		}
	}

	private void graphics(Vm vm) {
		if (vm.getGraphics() == null || vm.getGraphics().getKind() == GraphicsKind.NONE) {
			return;
		}
		XmlDocuments.child(devices, "graphics", "type", vm.getGraphics().getKind().getLiteral(), "listen",
				vm.getGraphics().getListen() == null ? "127.0.0.1" : vm.getGraphics().getListen());
		if (qemu()) {
			boolean spice = vm.getGraphics().getKind() == GraphicsKind.SPICE;
			boolean windows = Machines.os(vm.getOs()).family() == OsFamily.WINDOWS;
			Element video = XmlDocuments.child(devices, "video");
			XmlDocuments.child(video, "model", "type", spice ? "qxl" : windows ? "vga" : "virtio");
			XmlDocuments.child(devices, "input", "type", "tablet", "bus", "usb");
		}
	}
}
