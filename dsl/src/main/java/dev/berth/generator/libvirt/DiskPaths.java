package dev.berth.generator.libvirt;

import dev.berth.berth.Disk;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Machine;
import dev.berth.berth.Vm;
import dev.berth.model.Machines;
import dev.berth.model.VmFiles;

/** Where a disk's file is as the hypervisor names it: an absolute path, or a datastore path on ESXi. */
final class DiskPaths {

	private DiskPaths() {
	}

	static String of(Machine machine, Vm vm, Disk disk) {
		if (Machines.hypervisor(machine) == Hypervisor.ESXI) {
			String image = disk.getImage();
			if (image != null && image.startsWith("[")) {
				return image;
			}
			return "[" + Machines.storage(machine) + "] " + vm.getName() + "/" + disk.getName() + ".vmdk";
		}
		return VmFiles.disk(vm, disk).hostPath();
	}
}
