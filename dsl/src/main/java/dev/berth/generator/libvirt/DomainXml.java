package dev.berth.generator.libvirt;

import dev.berth.berth.Arch;
import dev.berth.berth.CpuModel;
import dev.berth.berth.CpuMode;
import dev.berth.berth.Firmware;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Machine;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Vm;
import dev.berth.model.DeploymentNames;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import dev.berth.model.VmFile;
import dev.berth.model.VmFiles;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The libvirt domain XML of one VM, for the hypervisor of the machine it runs on, with the
 * defaults virt-install writes: the host's CPU on kvm, a clock in UTC for Linux guests and in
 * local time for Windows ones, and the devices of {@link DomainDevices}; its metadata names the
 * deployment, by which the deployment knows the domain as its own.
 */
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

	/** Whether libvirt drives the hypervisor through QEMU, which takes QEMU's devices and CPU settings. */
	static boolean isQemu(Hypervisor hypervisor) {
		return hypervisor == Hypervisor.KVM || hypervisor == Hypervisor.QEMU;
	}

	/** A domain's UUID, derived from the deployment, the machine and the VM. */
	static String uuid(Machine machine, Vm vm) {
		return Identifiers.uuid(DeploymentNames.of(vm).orElse(""), Machines.name(machine), "domain", vm.getName());
	}

	/** The domain of a VM, with the seed the generator made for it, if any. */
	static String render(Site site, Machine machine, Vm vm, Optional<CloudInitSeed> seed) {
		Hypervisor hypervisor = Machines.hypervisor(machine);
		Document document = XmlDocuments.create("domain");
		Element domain = document.getDocumentElement();
		domain.setAttribute("type", domainType(hypervisor));
		XmlDocuments.text(domain, "name", vm.getName());
		XmlDocuments.text(domain, "uuid", uuid(machine, vm));
		Element metadata = XmlDocuments.child(domain, "metadata");
		Element deployment = document.createElementNS(LibvirtFacts.NAMESPACE, "berth:deployment");
		deployment.setTextContent(DeploymentNames.of(vm).orElse(""));
		metadata.appendChild(deployment);
		XmlDocuments.text(domain, "memory", String.valueOf(Machines.memoryBytes(vm) / 1024)).setAttribute("unit", "KiB");
		XmlDocuments.text(domain, "vcpu", String.valueOf(vm.getVcpu() == null ? 1 : vm.getVcpu()));
		os(domain, vm, hypervisor);
		Element features = XmlDocuments.child(domain, "features");
		XmlDocuments.child(features, "acpi");
		if (vm.getArch() != Arch.AARCH64) {
			XmlDocuments.child(features, "apic");
		}
		cpu(domain, vm, hypervisor);
		if (isQemu(hypervisor) || hypervisor == Hypervisor.XEN) {
			boolean windows = Machines.os(vm.getOs()).family() == OsFamily.WINDOWS;
			XmlDocuments.child(domain, "clock", "offset", windows ? "localtime" : "utc");
		}
		DomainDevices.add(domain, site, machine, vm, seed);
		return XmlDocuments.write(document);
	}

	/**
	 * The CPU the guest sees: what {@code cpu-model} says; else, on kvm, the host's own CPU, as
	 * virt-install gives it; else the hypervisor's default (under qemu, libvirt's default model).
	 */
	private static void cpu(Element domain, Vm vm, Hypervisor hypervisor) {
		CpuModel model = vm.getCpuModel();
		if (hypervisor == Hypervisor.ESXI || hypervisor == Hypervisor.HYPERV) {
			return;
		}
		if (model != null && model.getName() != null) {
			Element cpu = XmlDocuments.child(domain, "cpu", "mode", "custom", "match", "exact");
			XmlDocuments.text(cpu, "model", model.getName()).setAttribute("fallback", "allow");
		} else if (model != null) {
			XmlDocuments.child(domain, "cpu", "mode", model.getMode() == CpuMode.HOST_MODEL ? "host-model" : "host-passthrough");
		} else if (hypervisor == Hypervisor.KVM) {
			XmlDocuments.child(domain, "cpu", "mode", "host-passthrough");
		}
	}

	private static void os(Element domain, Vm vm, Hypervisor hypervisor) {
		Element os = XmlDocuments.child(domain, "os");
		if (vm.getFirmware() == Firmware.UEFI) {
			os.setAttribute("firmware", "efi");
		}
		Element type = XmlDocuments.text(os, "type", "hvm");
		type.setAttribute("arch", vm.getArch().getLiteral());
		if (isQemu(hypervisor)) {
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
}
