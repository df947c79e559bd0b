package dev.berth.generator.libvirt;

import dev.berth.berth.Hypervisor;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Vm;
import dev.berth.model.DeploymentNames;
import dev.berth.model.HostNames;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import java.util.Optional;

/** What the deployment needs to know of a machine's libvirt: its connection, the seeds and identifiers of its VMs and networks. */
public final class LibvirtFacts {

	/** The XML namespace of the deployment that a domain's metadata names. */
	public static final String NAMESPACE = "https://berth.dev/xmlns/deployment/1";

	private LibvirtFacts() {
	}

	/**
	 * The libvirt URI the deployment connects with: the local system hypervisor on the machine
	 * itself, or, for ESXi and Hyper-V, the machine's address from the machine that deploys.
	 */
	public static String uri(Machine machine) {
		return switch (Machines.hypervisor(machine)) {
			case ESXI -> "esx://" + HostNames.uriHost(Machines.address(machine));
			case HYPERV -> "hyperv://" + HostNames.uriHost(Machines.address(machine));
			case XEN -> "xen:///system";
			default -> "qemu:///system";
		};
	}

	/** Whether the machine's libvirt is driven from the machine that deploys (ESXi, Hyper-V) rather than on it. */
	public static boolean remote(Machine machine) {
		Hypervisor hypervisor = Machines.hypervisor(machine);
		return hypervisor == Hypervisor.ESXI || hypervisor == Hypervisor.HYPERV;
	}

	/** Where a VM's seed ISO goes on its host, when it has one. */
	public static Optional<String> seedIso(Site site, Machine machine, Vm vm) {
		return seedIso(machine, vm, DomainXml.isQemu(Machines.hypervisor(machine)) ? CloudInitSeed.of(site, vm) : Optional.empty());
	}

	/** Where a VM's seed ISO goes on its host, given its seed: only QEMU attaches one. */
	static Optional<String> seedIso(Machine machine, Vm vm, Optional<CloudInitSeed> seed) {
		return DomainXml.isQemu(Machines.hypervisor(machine)) ? seed.map(made -> made.isoPath(vm)) : Optional.empty();
	}

	/** The UUID of a network on a machine, derived from the deployment, by which the deployment knows it as its own. */
	public static String networkUuid(Machine machine, Network network) {
		return Identifiers.uuid(DeploymentNames.of(network).orElse(""), Machines.name(machine), "network", network.getName());
	}
}
