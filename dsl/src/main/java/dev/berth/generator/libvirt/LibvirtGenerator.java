package dev.berth.generator.libvirt;

import dev.berth.berth.Interface;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Vm;
import dev.berth.generator.GeneratedFile;
import dev.berth.generator.PathSegments;
import dev.berth.generator.PerMachine;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code libvirt/MACHINE/VM.xml}, the cloud-init seed {@code libvirt/MACHINE/VM.seed/} of a Linux
 * VM that needs one, and {@code libvirt/MACHINE/networks/NET.xml} for every machine that runs VMs.
 */
public final class LibvirtGenerator {

	private LibvirtGenerator() {
	}

	public static List<GeneratedFile> generate(Site site) {
		return PerMachine.files(site, machine -> !site.vmsOn(machine).isEmpty(), machine -> machineFiles(site, machine));
	}

	private static List<GeneratedFile> machineFiles(Site site, Machine machine) {
		String folder = "libvirt/" + PathSegments.of(Machines.name(machine)) + "/";
		List<Vm> vms = site.vmsOn(machine);
		List<Network> networks = networks(vms);
		List<GeneratedFile> files = new ArrayList<>();
		for (Vm vm : vms) {
			String base = folder + PathSegments.of(vm.getName());
			Optional<CloudInitSeed> seed = CloudInitSeed.of(site, vm);
			files.add(GeneratedFile.text(base + ".xml", DomainXml.render(site, machine, vm, seed)));
			seed.ifPresent(made -> {
				files.add(GeneratedFile.text(base + ".seed/meta-data", made.metaData()));
				files.add(GeneratedFile.text(base + ".seed/user-data", made.userData()));
				files.add(GeneratedFile.text(base + ".seed/network-config", made.networkConfig()));
			});
		}
		for (Network network : networks) {
			files.add(GeneratedFile.text(folder + "networks/" + PathSegments.of(network.getName()) + ".xml",
					NetworkXml.render(site, machine, network, vms)));
		}
		return files;
	}

	/** The networks the VMs use, each once, in the order they first appear. */
	public static List<Network> networks(List<Vm> vms) {
		Set<Network> networks = new LinkedHashSet<>();
		for (Vm vm : vms) {
			for (Interface nic : vm.getInterfaces()) {
				if (nic.getNetwork() != null && !nic.getNetwork().eIsProxy()) {
					networks.add(nic.getNetwork());
				}
			}
		}
		return List.copyOf(networks);
	}
}
