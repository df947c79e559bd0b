package dev.berth.model;

import dev.berth.berth.Hypervisor;
import dev.berth.berth.Runtime;

/**
 * Memory that each instance costs its machine beyond what the model gives it: the hypervisor's
 * share per VM, the runtime's share per container. One table, each figure with its source; the
 * figures marked as estimates have no published source and are conservative engineering guesses.
 */
public final class Overheads {

	/**
	 * The memory a hypervisor spends per VM: {@code fixed + perVcpu × vCPUs + perGuestGiB × guest GiB}, in MiB.
	 *
	 * @param source where the figures come from
	 */
	public record VmOverhead(double fixedMiB, double perVcpuMiB, double perGuestGiBMiB, String source) {

		/** The overhead in bytes of one VM with the given vCPUs and guest memory. */
		public long bytes(int vcpus, long guestBytes) {
			double mib = fixedMiB + perVcpuMiB * vcpus + perGuestGiBMiB * guestBytes / Sizes.GIB;
			return Math.round(mib * Sizes.MIB);
		}
	}

	/**
	 * The memory a container runtime spends per container instance, in MiB.
	 *
	 * @param source where the figure comes from
	 */
	public record ContainerOverhead(double perInstanceMiB, String source) {

		/** The overhead in bytes of one container instance. */
		public long bytes() {
			return Math.round(perInstanceMiB * Sizes.MIB);
		}
	}

	private static final VmOverhead NO_VM = new VmOverhead(0, 0, 0, "no hypervisor");
	private static final VmOverhead KVM = new VmOverhead(218, 8, 2.048,
			"Red Hat OpenShift Virtualization documentation, 'Memory overhead per virtual machine': "
					+ "0.002 x guest memory + 218 MiB + 8 MiB per vCPU");
	private static final VmOverhead QEMU = new VmOverhead(218, 8, 2.048,
			"the KVM figure (same QEMU process model; software emulation adds its translation cache on top)");
	private static final VmOverhead XEN = new VmOverhead(2, 1, 8,
			"xapi-project/xen-api, doc/design/memory-accounting.md: 2 MiB + shadow memory of "
					+ "1 MiB per vCPU and 8 MiB per GiB of guest memory");
	private static final VmOverhead ESXI = new VmOverhead(14.3, 3.9, 7.7,
			"VMware vSphere Resource Management, 'Overhead Memory on Virtual Machines' sample table "
					+ "(25.90 MB at 1 vCPU/1 GB, 60.67 MB at 4/4, 168.60 MB at 8/16), fitted linearly");
	private static final VmOverhead HYPERV = new VmOverhead(32, 0, 8,
			"estimate: 32 MiB + 8 MiB per GiB of guest memory (a community rule; Microsoft publishes no per-VM figure)");

	private static final ContainerOverhead NO_CONTAINER = new ContainerOverhead(0, "no runtime");
	private static final ContainerOverhead CONTAINERD_SHIM = new ContainerOverhead(11,
			"containerd issue #7878: containerd-shim-runc-v2 at about 10-11 MB resident per container");
	private static final ContainerOverhead CONMON = new ContainerOverhead(2,
			"estimate: conmon, Podman's per-container monitor, about 1-2 MB resident (its README gives no figure)");
	private static final ContainerOverhead LXC = new ContainerOverhead(2,
			"estimate: about 2 MiB for the LXC monitor process per container (no published figure)");

	private Overheads() {
	}

	/** The per-VM overhead of a hypervisor. */
	public static VmOverhead of(Hypervisor hypervisor) {
		return switch (hypervisor) {
			case KVM -> KVM;
			case QEMU -> QEMU;
			case XEN -> XEN;
			case ESXI -> ESXI;
			case HYPERV -> HYPERV;
			case NONE -> NO_VM;
		};
	}

	/** The per-container overhead of a runtime; Docker runs its containers through containerd's shim. */
	public static ContainerOverhead of(Runtime runtime) {
		return switch (runtime) {
			case DOCKER, CONTAINERD -> CONTAINERD_SHIM;
			case PODMAN -> CONMON;
			case LXC -> LXC;
			case NONE -> NO_CONTAINER;
		};
	}
}
