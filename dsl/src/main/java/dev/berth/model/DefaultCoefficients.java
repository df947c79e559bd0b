package dev.berth.model;

import dev.berth.berth.Hypervisor;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Runtime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The published figures behind the comparison analysis, each with its source; figures marked as
 * estimates have no published source and are stated as engineering judgement. Memory overheads
 * per instance come from {@link Overheads}, which the capacity checks use too.
 */
final class DefaultCoefficients {

	private static final String FELTER = "Felter et al., An Updated Performance Comparison of Virtual Machines and "
			+ "Linux Containers, IBM Research Report RC25482 (2014)";
	private static final String VM_BOOT = "estimate: 30 s for a general-purpose VM to boot to its services (an Ubuntu "
			+ "cloud image takes 7-9 s to a shell, depot.dev; services and cloud-init take longer)";
	private static final String CONTAINER_START = "moby/moby issue #21737: containerd create and start take about 250 ms";
	private static final String VM_IMAGE = "estimate: 2 GiB for a Linux VM disk with its OS (the Ubuntu cloud image is "
			+ "about 600 MB compressed and grows on first boot)";
	private static final String CONTAINER_IMAGE = "estimate: 100 MiB for a Linux application image (nginx:1.27 is about "
			+ "190 MB unpacked, Alpine-based images about 50 MB)";
	private static final String HARDWARE = "hardware virtualization: each VM runs its own kernel; the hypervisor is the boundary";
	private static final String SHARED_KERNEL = "shared host kernel: namespaces and cgroups separate the containers";

	static final Map<String, Platform> PLATFORMS = new LinkedHashMap<>();
	static final Map<OsFamily, Figure> BASELINES = new LinkedHashMap<>();

	static {
		Figure hypervisorCpu = new Figure(0.03, "estimate: 3% for a hypervisor with hardware virtualization; " + FELTER
				+ " found KVM's CPU overhead small");
		vm("kvm", new Figure(0.02, FELTER + ": KVM's CPU overhead is small; 2% taken"), HARDWARE + " (KVM)");
		vm("qemu", new Figure(5.0, "estimate: software emulation (TCG) runs guest code several times slower than KVM"),
				"software emulation in the QEMU process");
		vm("xen", hypervisorCpu, HARDWARE + " (Xen)");
		vm("esxi", hypervisorCpu, HARDWARE + " (ESXi)");
		vm("hyperv", hypervisorCpu, HARDWARE + " (Hyper-V)");
		PLATFORMS.put("firecracker", new Platform("firecracker", true,
				new Figure(0.05, "Firecracker SPECIFICATION.md: guest CPU above 95% of bare metal"),
				new Figure(125, "Firecracker SPECIFICATION.md: at most 125 ms from InstanceStart to /sbin/init"),
				new Figure(Sizes.GIB / 4.0, "estimate: 256 MiB for a minimal microVM root file system"),
				HARDWARE + " with a minimal device model (KVM and the jailer)"));
		container("docker", SHARED_KERNEL);
		container("podman", SHARED_KERNEL);
		container("containerd", SHARED_KERNEL);
		PLATFORMS.put("lxc", new Platform("lxc", false, new Figure(0, FELTER + ": containers run at native CPU speed"),
				new Figure(1000, "estimate: 1 s for a system container to start its init"),
				new Figure(Sizes.GIB / 2.0, "estimate: 512 MiB for a system container's root file system"), SHARED_KERNEL));
		PLATFORMS.put("gvisor", new Platform("gvisor", false,
				new Figure(0.10, "estimate: 10%; gVisor's performance guide shows the cost grows with system calls"),
				new Figure(280, "Apoxy, gVisor cold start: where the time goes (81-280 ms for runsc create and start)"),
				new Figure(100 * Sizes.MIB, CONTAINER_IMAGE),
				"user-space kernel (gVisor's Sentry) between the container and a small host system-call surface"));
		BASELINES.put(OsFamily.LINUX, new Figure(256 * Sizes.MIB,
				"Debian 12 Installation Guide, minimum hardware: 256 MB of memory without a desktop"));
		BASELINES.put(OsFamily.WINDOWS, new Figure(2 * Sizes.GIB,
				"Microsoft, Windows Server 2022 hardware requirements: 512 MB for Server Core, 2 GB with Desktop Experience"));
		BASELINES.put(OsFamily.ESXI, new Figure(4 * Sizes.GIB, "VMware ESXi 8.0 installation requirements: 8 GB of "
				+ "host memory, half taken here for a nested ESXi guest"));
	}

	private DefaultCoefficients() {
	}

	private static void vm(String name, Figure cpu, String isolation) {
		PLATFORMS.put(name, new Platform(name, true, cpu, new Figure(30_000, VM_BOOT), new Figure(2.0 * Sizes.GIB, VM_IMAGE),
				isolation));
	}

	private static void container(String name, String isolation) {
		PLATFORMS.put(name, new Platform(name, false, new Figure(0, FELTER + ": containers run at native CPU speed"),
				new Figure(250, CONTAINER_START), new Figure(100 * Sizes.MIB, CONTAINER_IMAGE), isolation));
	}

	static Overheads.VmOverhead vmOverhead(String name) {
		if (name.equals("firecracker")) {
			return new Overheads.VmOverhead(5, 0, 0, "Firecracker SPECIFICATION.md: at most 5 MiB per microVM");
		}
		for (Hypervisor hypervisor : Hypervisor.values()) {
			if (hypervisor.getLiteral().equals(name)) {
				return Overheads.of(hypervisor);
			}
		}
		return Overheads.of(Hypervisor.NONE);
	}

	static Overheads.ContainerOverhead containerOverhead(String name) {
		if (name.equals("gvisor")) {
			return new Overheads.ContainerOverhead(20, "google/gvisor website/performance/density.csv: an empty "
					+ "sandbox takes about 20 MB more than runc");
		}
		for (Runtime runtime : Runtime.values()) {
			if (runtime.getLiteral().equals(name)) {
				return Overheads.of(runtime);
			}
		}
		return Overheads.of(Runtime.NONE);
	}

	static Figure windowsImage(boolean vm) {
		return vm ? new Figure(32.0 * Sizes.GIB, "Microsoft, Windows Server 2022 hardware requirements: 32 GB of disk at least")
				: new Figure(4.0 * Sizes.GIB, "estimate: 4 GiB for a Windows Server Core container image "
						+ "(mcr.microsoft.com/windows/servercore is several GB)");
	}
}
