package dev.berth.generator.ansible;

import dev.berth.berth.Disk;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Vm;
import dev.berth.generator.PathSegments;
import dev.berth.generator.YamlWriter;
import dev.berth.generator.libvirt.LibvirtFacts;
import dev.berth.generator.libvirt.LibvirtGenerator;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import dev.berth.model.Sizes;
import dev.berth.model.VmFile;
import dev.berth.model.VmFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The libvirt part of a machine's host_vars: the connection, the VMs' folders, copied files (never
 * overwritten), disks to create, seeds, networks and domains, the generated XML named from {@code OUT/ansible}.
 */
final class LibvirtVars {

	private LibvirtVars() {
	}

	static void put(Site site, Machine machine, Map<String, Object> vars, List<String> folders,
			List<Map<String, Object>> copies) {
		List<Vm> vms = site.vmsOn(machine);
		String out = "../libvirt/" + PathSegments.of(Machines.name(machine)) + "/";
		List<Map<String, Object>> disks = new ArrayList<>();
		List<Map<String, Object>> seeds = new ArrayList<>();
		List<Map<String, Object>> domains = new ArrayList<>();
		for (Vm vm : vms) {
			if (!LibvirtFacts.remote(machine)) {
				files(vm, folders, copies, disks);
				LibvirtFacts.seedIso(site, machine, vm).ifPresent(iso -> {
					addOnce(folders, VmFiles.folder(vm));
					Map<String, Object> seed = AnsibleYaml.item("file", iso);
					seed.put("out", out + PathSegments.of(vm.getName()) + ".seed");
					seeds.add(seed);
				});
			}
			Map<String, Object> domain = AnsibleYaml.item("vm", vm.getName());
			domain.put("out", out + PathSegments.of(vm.getName()) + ".xml");
			domain.put("autostart", vm.isAutostart());
			domains.add(domain);
		}
		List<Map<String, Object>> networks = new ArrayList<>();
		for (Network network : LibvirtGenerator.networks(vms)) {
			Map<String, Object> item = AnsibleYaml.item("network", network.getName());
			item.put("out", out + "networks/" + PathSegments.of(network.getName()) + ".xml");
			item.put("uuid", LibvirtFacts.networkUuid(machine, network));
			networks.add(item);
		}
		if (!vms.isEmpty()) {
			vars.put("berth_libvirt", YamlWriter.map("uri", LibvirtFacts.uri(machine), "delegate_to",
					LibvirtFacts.remote(machine) ? "localhost" : Machines.name(machine)));
		}
		vars.put("berth_disks", disks);
		vars.put("berth_seeds", seeds);
		vars.put("berth_libvirt_networks", networks);
		vars.put("berth_vms", domains);
	}

	/** A VM's images, kernel, initrd and CD-ROMs beside the model, copied unless there; its new disks, created unless there. */
	private static void files(Vm vm, List<String> folders, List<Map<String, Object>> copies, List<Map<String, Object>> disks) {
		for (VmFile file : VmFiles.files(vm)) {
			boolean data = file.kind() == VmFile.Kind.DISK && VmFiles.isDataDisk(file.name());
			if (file.copyFrom().isPresent()) {
				addOnce(folders, VmFiles.folder(vm));
				Map<String, Object> copy = AnsibleYaml.item(file.kind() == VmFile.Kind.DISK ? "disk" : "file", file.hostPath());
				copy.put("src", file.copyFrom().get().toString());
				copy.put("force", false);
				copy.put("mode", "0644");
				copy.put("data", data);
				copies.add(copy);
			} else if (file.create()) {
				addOnce(folders, VmFiles.folder(vm));
				Disk disk = vm.getDisks().stream().filter(d -> d.getName().equals(file.name())).findFirst().orElseThrow();
				Map<String, Object> item = AnsibleYaml.item("disk", file.hostPath());
				item.put("create", List.of("qemu-img", "create", "-f", file.hostPath().endsWith(".img") ? "raw" : "qcow2",
						file.hostPath(), String.valueOf(Sizes.bytes(disk.getSize()))));
				item.put("data", data);
				disks.add(item);
			}
		}
	}

	private static void addOnce(List<String> folders, String folder) {
		if (!folders.contains(folder)) {
			folders.add(folder);
		}
	}
}
