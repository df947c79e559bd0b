package dev.berth.model;

import dev.berth.berth.Hypervisor;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Runtime;
import dev.berth.berth.Sandbox;
import java.util.List;

/**
 * Memory that each instance costs its machine beyond what the model gives it: the hypervisor's
 * share per VM, the runtime's or sandbox's share per container. One table, each figure with its source.
 */
public final class Overheads {

	/**
	 * The memory a hypervisor spends per VM: {@code fixed + perVcpu × vCPUs + perGuestGiB × guest GiB}, in MiB.
	 *
	 * @param source where the figures come from
	 */
	public record VmOverhead(double fixedMiB, double perVcpuMiB, double perGuestGiBMiB, Source source) {

		/** The overhead in bytes of one VM with the given vCPUs and guest memory. */
		public long bytes(int vcpus, long guestBytes) {
			double mib = fixedMiB + perVcpuMiB * vcpus + perGuestGiBMiB * guestBytes / Sizes.GIB;
			return Math.round(mib * Sizes.MIB);
		}
	}

	/**
	 * What a container runtime or sandbox spends per container instance: memory, and the cores it
	 * reserves besides the container's own (a Kata pod's fixed overhead), 0 for the others.
	 *
	 * @param source where the figures come from
	 * @param what what takes the memory, in a few words: {@code shim}, {@code pod overhead}
	 */
	public record ContainerOverhead(double perInstanceMiB, double cores, Source source, String what) {

		/** The overhead in bytes of one container instance. */
		public long bytes() {
			return Math.round(perInstanceMiB * Sizes.MIB);
		}
	}

	private static final VmOverhead NO_VM = new VmOverhead(0, 0, 0, Source.estimate("no hypervisor", null));
	private static final ContainerOverhead NO_CONTAINER = new ContainerOverhead(0, 0,
			Source.estimate("no runtime", null), "nothing");

	private Overheads() {
	}

	/** The per-VM overhead of a hypervisor. */
	public static VmOverhead of(Hypervisor hypervisor) {
		return switch (hypervisor) {
			case KVM -> Sources.KVM_OVERHEAD;
			case QEMU -> Sources.QEMU_OVERHEAD;
			case XEN -> Sources.XEN_OVERHEAD;
			case ESXI -> Sources.ESXI_OVERHEAD;
			case HYPERV -> Sources.HYPERV_OVERHEAD;
			case NONE -> NO_VM;
		};
	}

	/**
	 * The per-container overhead of a runtime on a kernel: Docker and containerd run Linux containers
	 * through containerd's runc shim; Windows containers have no such shim and run their own system services.
	 */
	public static ContainerOverhead of(Runtime runtime, OsFamily kernel) {
		if (kernel == OsFamily.WINDOWS && runtime != Runtime.NONE) {
			return Sources.WINDOWS_CONTAINER;
		}
		return switch (runtime) {
			case DOCKER, CONTAINERD -> Sources.CONTAINERD_SHIM;
			case PODMAN -> Sources.CONMON;
			case LXC -> Sources.LXC_MONITOR;
			case NONE -> NO_CONTAINER;
		};
	}

	/**
	 * The per-container overhead of a sandboxed runtime, in its parts (Kata on Firecracker: the VMM, then
	 * the guest); {@link Sandbox#NONE} has none beyond the runtime's.
	 */
	public static List<ContainerOverhead> of(Sandbox sandbox) {
		return switch (sandbox) {
			case GVISOR -> List.of(Sources.GVISOR_SANDBOX);
			case KATA -> List.of(Sources.KATA_POD);
			case KATA_FC -> List.of(Sources.FIRECRACKER_VMM, Sources.KATA_FC_GUEST);
			case NONE -> List.of();
		};
	}
}
