package dev.berth.analysis;

/**
 * What a workload costs its machine in one form, all its instances there together.
 *
 * @param form {@code vm} or {@code container}
 * @param platform the hypervisor or runtime it runs under
 * @param memoryBytes memory with the per-instance overhead and, for VMs, the guest OS
 * @param cpu cores, with the platform's CPU overhead
 * @param diskBytes a VM's disks; a container's image and the volumes carried from its VM form
 * @param startMillis the time one instance takes to start
 * @param isolation what separates it from its neighbours
 * @param osFreedom which operating systems the form allows
 */
public record Footprint(String form, String platform, long memoryBytes, double cpu, long diskBytes, long startMillis,
		String isolation, String osFreedom) {
}
