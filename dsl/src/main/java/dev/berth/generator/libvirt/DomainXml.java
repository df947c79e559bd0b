package dev.berth.generator.libvirt;

import dev.berth.berth.Arch;
import dev.berth.berth.Disk;
import dev.berth.berth.DiskFormat;
import dev.berth.berth.Firmware;
import dev.berth.berth.GraphicsKind;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Interface;
import dev.berth.berth.Machine;
import dev.berth.berth.Vm;
import dev.berth.model.Machines;
import dev.berth.model.VmFile;
import dev.berth.model.VmFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The libvirt domain XML of one VM, for the hypervisor of the machine it runs on. */
final class DomainXml {

	private DomainXml() {
	}

	/** libvirt's domain type for a hypervisor. */
	static String domainType(Hypervisor hypervisor) {
		return switch (hypervisor) {
			case XEN -> "xen";
			case ESXI -> "vmware";
			case HYPERV -> "hyperv";
			case QEMU -> "qemu";
			default -> "kvm";
		};
	}

	static String render(Machine machine, Vm vm) {
		Hypervisor hypervisor = Machines.hypervisor(machine);
		Document document = XmlDocuments.create("domain");
		Element domain = document.getDocumentElement();
		domain.setAttribute("type", domainType(hypervisor));
		XmlDocuments.text(domain, "name", vm.getName());
		XmlDocuments.text(domain, "uuid", Identifiers.uuid(Machines.name(machine), "domain", vm.getName()));
		XmlDocuments.text(domain, "memory", String.valueOf(Machines.memoryBytes(vm) / 1024)).setAttribute("unit", "KiB");
		XmlDocuments.text(domain, "vcpu", String.valueOf(vm.getVcpu() == null ? 1 : vm.getVcpu()));
		os(domain, machine, vm, hypervisor);
		Element features = XmlDocuments.child(domain, "features");
		XmlDocuments.child(features, "acpi");
		if (vm.getArch() != Arch.AARCH64) {
			XmlDocuments.child(features, "apic");
		}
		if (vm.getHypervisor() != Hypervisor.NONE) {
			XmlDocuments.child(domain, "cpu", "mode", "host-passthrough");
		}
		devices(domain, machine, vm, hypervisor);
		return XmlDocuments.write(document);
	}

	private static void os(Element domain, Machine machine, Vm vm, Hypervisor hypervisor) {
		Element os = XmlDocuments.child(domain, "os");
		if (vm.getFirmware() == Firmware.UEFI) {
			os.setAttribute("firmware", "efi");
		}
		Element type = XmlDocuments.text(os, "type", "hvm");
		type.setAttribute("arch", vm.getArch().getLiteral());
		if (hypervisor == Hypervisor.KVM || hypervisor == Hypervisor.QEMU) {
			type.setAttribute("machine", vm.getArch() == Arch.AARCH64 ? "virt" : "q35");
		}
		if (vm.getKernel() != null && vm.getKernel().getPath() != null) {
			for (VmFile file : VmFiles.files(vm)) {
				if (file.kind() == VmFile.Kind.KERNEL) {
					XmlDocuments.text(os, "kernel", file.hostPath());
				} else if (file.kind() == VmFile.Kind.INITRD) {
					XmlDocuments.text(os, "initrd", file.hostPath());
				}
			}
			if (vm.getKernel().getCmdline() != null) {
				XmlDocuments.text(os, "cmdline", vm.getKernel().getCmdline());
			}
		} else {
			XmlDocuments.child(os, "boot", "dev", "hd");
		}
	}

	private static void devices(Element domain, Machine machine, Vm vm, Hypervisor hypervisor) {
		Element devices = XmlDocuments.child(domain, "devices");
		boolean vmware = hypervisor == Hypervisor.ESXI;
		for (int i = 0; i < vm.getDisks().size(); i++) {
			Disk disk = vm.getDisks().get(i);
			Element element = XmlDocuments.child(devices, "disk", "type", "file", "device", "disk");
			if (!vmware && hypervisor != Hypervisor.HYPERV) {
				XmlDocuments.child(element, "driver", "name", "qemu", "type",
						disk.getFormat() == DiskFormat.RAW ? "raw" : "qcow2");
			}
			XmlDocuments.child(element, "source", "file", DiskPaths.of(machine, vm, disk));
			String bus = vmware || hypervisor == Hypervisor.HYPERV ? "scsi" : "virtio";
			XmlDocuments.child(element, "target", "dev", (bus.equals("virtio") ? "vd" : "sd") + (char) ('a' + i),
					"bus", bus);
		}
		for (int i = 0; i < vm.getInterfaces().size(); i++) {
			Interface nic = vm.getInterfaces().get(i);
			if (nic.getNetwork() == null || nic.getNetwork().eIsProxy()) {
				continue;
			}
			Element element = XmlDocuments.child(devices, "interface", "type", "network");
			XmlDocuments.child(element, "mac", "address", NetworkXml.mac(machine, vm, i));
			XmlDocuments.child(element, "source", "network", nic.getNetwork().getName());
			if (hypervisor != Hypervisor.HYPERV) {
				XmlDocuments.child(element, "model", "type", vmware ? "vmxnet3" : "virtio");
			}
		}
		Element serial = XmlDocuments.child(devices, "serial", "type", "pty");
		XmlDocuments.child(serial, "target", "port", "0");
		Element console = XmlDocuments.child(devices, "console", "type", "pty");
		XmlDocuments.child(console, "target", "type", "serial", "port", "0");
		if (vm.getGraphics() != null && vm.getGraphics().getKind() != GraphicsKind.NONE) {
			XmlDocuments.child(devices, "graphics", "type", vm.getGraphics().getKind().getLiteral(), "listen",
					vm.getGraphics().getListen() == null ? "127.0.0.1" : vm.getGraphics().getListen());
		}
	}
}
