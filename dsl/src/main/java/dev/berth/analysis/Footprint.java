package dev.berth.analysis;

import dev.berth.model.Platform;

/**
 * What a workload costs its machine in one form, all its instances there together, each figure with its formula.
 *
 * @param form the form: VM, container or sandboxed container
 * @param platform the hypervisor, runtime or sandbox it runs under
 * @param memory memory with the per-instance overhead and, for VMs, the guest OS
 * @param cpu cores, with the platform's CPU overhead
 * @param disk a VM's disks; a container's image and the volumes carried from its VM form
 * @param start the time one instance takes to start
 * @param isolationLevel 1 shared kernel, 2 sandboxed kernel, 3 hardware virtualisation
 * @param isolation what separates it from its neighbours
 * @param osFreedom which operating systems the form allows
 */
public record Footprint(Platform.Form form, String platform, Amount memory, Amount cpu, Amount disk, Amount start,
		int isolationLevel, String isolation, String osFreedom) {

	/** The form and platform in words: {@code vm (kvm)}, {@code sandboxed container (gvisor)}. */
	public String label() {
		return form.label() + " (" + platform + ")";
	}
}
