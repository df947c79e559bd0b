package dev.berth.model;

import dev.berth.berth.OsFamily;
import dev.berth.model.Platform.Form;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default platforms, guest OS baselines and image sizes of the comparison analysis, each figure
 * with its source from {@link Sources} or the reasoning of its estimate.
 */
final class DefaultCoefficients {

	private static final String HARDWARE = "hardware virtualisation: each instance runs its own kernel; the hypervisor is the boundary";
	private static final String SHARED_KERNEL = "shared host kernel: namespaces and cgroups separate the containers";

	static final Map<String, Platform> PLATFORMS = new LinkedHashMap<>();

	static final Figure LINUX_BASELINE = new Figure(256 * Sizes.MIB, Source.published(
			"Debian installation guide, recommended minimum system requirements: 256 MB of memory without a desktop "
					+ "(the table of Debian 11; Debian 12's installer itself needs more to run)",
			"https://www.debian.org/releases/bullseye/s390x/ch03s04.ca.html"));
	static final Figure WINDOWS_DESKTOP_BASELINE = new Figure(2 * Sizes.GIB, Source.published(
			"Windows Server 2022 hardware requirements: 2 GB of memory for Server with Desktop Experience",
			Sources.WINDOWS_SERVER_REQUIREMENTS));
	static final Figure WINDOWS_CORE_BASELINE = new Figure(512 * Sizes.MIB, Source.published(
			"Windows Server 2022 hardware requirements: 512 MB of memory for Server Core",
			Sources.WINDOWS_SERVER_REQUIREMENTS));
	static final Figure ESXI_BASELINE = new Figure(8 * Sizes.GIB, Source.published(
			"VMware ESXi 8.0 requirements: at least 8 GB of physical memory",
			"https://docs.vmware.com/jp/VMware-vSphere/8.0/vsphere-esxi-upgrade/"
					+ "GUID-DEB8086A-306B-4239-BF76-E354679202FC.html"));
	static final Figure WINDOWS_VM_DISK = new Figure(32.0 * Sizes.GIB, Source.published(
			"Windows Server 2022 hardware requirements: 32 GB of disk as an absolute minimum",
			Sources.WINDOWS_SERVER_REQUIREMENTS));
	static final Figure WINDOWS_CONTAINER_IMAGE = new Figure(4.0 * Sizes.GIB, Source.estimate(
			"4 GiB for a Windows Server Core container image unpacked: Microsoft gives 1.25 GB compressed for "
					+ "servercore:ltsc2022 (January 2023), and layers unpack to several times that",
			"https://thewindowsupdate.com/2023/01/10/reducing-the-size-of-windows-server-container-images-part-1/"));

	static {
		Figure vmBoot = new Figure(30_000, Source.estimate("30 s for a general-purpose VM to boot to its services; it "
				+ "depends on firmware, kernel and cloud-init; a published EC2 benchmark took 25-30 s from launch to ssh",
				"http://www.daemonology.net/blog/2021-08-12-EC2-boot-time-benchmarking.html"));
		Figure vmDisk = new Figure(2.0 * Sizes.GIB, Source.estimate("2 GiB for a Linux VM's OS disk once booted: "
				+ "Ubuntu's minimal cloud image is 227-337 MiB as a compressed qcow2 and grows on first boot",
				"https://documentation.ubuntu.com/public-cloud/en/latest/all-clouds-explanation/"
						+ "ubuntu-base-and-minimal-images/"));
		Figure containerImage = new Figure(100 * Sizes.MIB, Source.estimate("100 MiB for a Linux application image "
				+ "unpacked: alpine is 5 MB, nginx about 71 MB compressed", null));
		Figure nativeCpu = new Figure(0, Source.published("Felter et al., IBM Research Report RC25482 (2014): "
				+ "containers run CPU-bound work at native speed", Sources.FELTER));
		Figure hypervisorCpu = new Figure(0.03, Source.estimate("3% for a hypervisor with hardware virtualisation, "
				+ "a little above KVM's, which Felter et al. found negligible on CPU-bound work", Sources.FELTER));
		vm("kvm", new Figure(0.02, Source.estimate("2%: Felter et al. found KVM's CPU overhead measurable but "
				+ "negligible on CPU-bound work; 2% is an allowance for it", Sources.FELTER)), vmBoot, vmDisk);
		vm("qemu", new Figure(5.0, Source.estimate("software emulation (TCG) runs guest code several times slower than "
				+ "KVM: 5 x taken", null)), vmBoot, vmDisk);
		vm("xen", hypervisorCpu, vmBoot, vmDisk);
		vm("esxi", hypervisorCpu, vmBoot, vmDisk);
		vm("hyperv", new Figure(0.10, Source.published("Microsoft BizTalk Server guide, system resource costs on "
				+ "Hyper-V: CPU overhead observed between 9 and 12%; 10% taken", Sources.BIZTALK_HYPERV)), vmBoot, vmDisk);
		Figure containerStart = new Figure(250, Source.published("moby/moby issue 21737, a containerd maintainer: "
				+ "create and start take about 250 ms", Sources.MOBY_21737));
		for (String runtime : new String[] { "docker", "podman", "containerd" }) {
			PLATFORMS.put(runtime, new Platform(runtime, Form.CONTAINER, nativeCpu, containerStart, containerImage, 1,
					SHARED_KERNEL));
		}
		PLATFORMS.put("lxc", new Platform("lxc", Form.CONTAINER, nativeCpu, new Figure(1000, Source.estimate("1 s for a "
				+ "system container to start its init and services", null)), new Figure(Sizes.GIB / 2.0,
						Source.estimate("512 MiB for a system container's root file system", null)), 1, SHARED_KERNEL));
		PLATFORMS.put("gvisor", new Platform("gvisor", Form.SANDBOXED, new Figure(0, Source.published("gVisor "
				+ "performance guide: no runtime cost for CPU operations (sysbench 103.21 against runc's 103.62 events/s)",
				Sources.GVISOR_PERFORMANCE)), new Figure(300, Source.estimate("300 ms: containerd's 250 ms create and "
						+ "start and about 55 ms more for runsc, as a third-party test measured (102 ms against 47 ms)",
						"https://github.com/IronSecCo/ironclaw/pull/280")), containerImage, 2,
				"sandboxed kernel: gVisor's Sentry, a kernel in user space, serves the container's system calls"));
		PLATFORMS.put("kata", new Platform("kata", Form.SANDBOXED, PLATFORMS.get("kvm").cpuOverhead(),
				new Figure(990, Source.published("Kata Containers issue 1058, a maintainer: the boot-time reference "
						+ "of Kata with QEMU and virtio-fs is 0.99 s (median)",
						"https://github.com/kata-containers/kata-containers/issues/1058")), containerImage, 3,
				HARDWARE + " (a lightweight VM per pod under QEMU)"));
		PLATFORMS.put("kata-fc", new Platform("kata-fc", Form.SANDBOXED, new Figure(0.05, Source.published(
				"Firecracker specification: compute-only guest CPU performance above 95% of bare metal (its "
						+ "integration test pending)", Sources.FIRECRACKER_SPEC)),
				new Figure(125, Source.published("Firecracker specification: at most 125 ms from the InstanceStart "
						+ "call to the guest's /sbin/init", Sources.FIRECRACKER_SPEC)), containerImage, 3,
				HARDWARE + " (a Firecracker microVM per pod)"));
	}

	private DefaultCoefficients() {
	}

	private static void vm(String name, Figure cpu, Figure boot, Figure disk) {
		PLATFORMS.put(name, new Platform(name, Form.VM, cpu, boot, disk, 3, HARDWARE));
	}

	/** The memory a guest OS takes before any application: Windows Server Core takes less than with a desktop. */
	static Figure baseline(OsFamily family, boolean serverCore) {
		return switch (family) {
			case LINUX -> LINUX_BASELINE;
			case WINDOWS -> serverCore ? WINDOWS_CORE_BASELINE : WINDOWS_DESKTOP_BASELINE;
			case ESXI -> ESXI_BASELINE;
		};
	}
}
