package dev.berth.model;

/**
 * A hypervisor or container runtime as the comparison analysis sees it.
 *
 * @param name its keyword, such as {@code kvm} or {@code docker}, or a comparison profile such as {@code firecracker}
 * @param vm whether it runs VMs (else containers)
 * @param cpuOverhead the fraction of CPU its instances lose to it
 * @param startMillis how long an instance takes to start
 * @param imageBytes the typical size of a Linux instance's image or disk
 * @param isolation what separates its instances from each other and from the host
 */
public record Platform(String name, boolean vm, Figure cpuOverhead, Figure startMillis, Figure imageBytes,
		String isolation) {
}
