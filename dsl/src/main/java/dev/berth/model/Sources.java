package dev.berth.model;

/**
 * The documents behind the comparison's default coefficients, and the figures each gives: one place
 * to check a figure against its source. Estimates say why they were chosen and what supports them.
 */
final class Sources {

	static final String FELTER = "https://dominoweb.draco.res.ibm.com/reports/rc25482.pdf";
	static final String FIRECRACKER_SPEC = "https://github.com/firecracker-microvm/firecracker/blob/"
			+ "e7bc0a1f9b70deaa7bfd9eb641e0c7982fe63e68/SPECIFICATION.md";
	static final String GVISOR_PERFORMANCE = "https://github.com/google/gvisor/blob/master/g3doc/architecture_guide/"
			+ "performance.md";
	static final String WINDOWS_SERVER_REQUIREMENTS =
			"https://learn.microsoft.com/en-us/windows-server/get-started/hardware-requirements";
	static final String BIZTALK_HYPERV = "https://github.com/MicrosoftDocs/biztalk-docs/blob/"
			+ "07a1ad2fc57882c19ce1b340468259c182015d4a/biztalk/technical-guides/system-resource-costs-on-hyper-v.md";
	static final String KATA_RUNTIME_CLASSES = "https://github.com/kata-containers/kata-containers/blob/main/tools/"
			+ "packaging/kata-deploy/runtimeclasses/";
	static final String MOBY_21737 = "https://github.com/moby/moby/issues/21737";

	static final Overheads.VmOverhead KVM_OVERHEAD = new Overheads.VmOverhead(218, 8, 2.048, Source.published(
			"OpenShift Virtualization, memory overhead per virtual machine: 0.002 x guest memory + 218 MiB + 8 MiB per "
					+ "vCPU (as corrected in openshift-docs pull request 98822; devices such as GPUs add more)",
			"https://github.com/openshift/openshift-docs/pull/98822"));
	static final Overheads.VmOverhead QEMU_OVERHEAD = new Overheads.VmOverhead(218, 8, 2.048, Source.estimate(
			"the KVM figure, as the same QEMU process runs each VM; software emulation adds its translation cache on top",
			KVM_OVERHEAD.source().address()));
	static final Overheads.VmOverhead XEN_OVERHEAD = new Overheads.VmOverhead(2, 1, 8, Source.published(
			"xapi (XenServer, XCP-ng) memory model for HVM guests: 2 MiB + shadow memory of 1 MiB per vCPU and 8 MiB "
					+ "per GiB of guest memory, at the default shadow multiplier of 1",
			"https://github.com/xapi-project/xen-api/blob/0c1e10f378717f94cf345a0e83aa0f151beb2f5e/ocaml/xenops/memory.ml"));
	static final Overheads.VmOverhead ESXI_OVERHEAD = new Overheads.VmOverhead(14.3, 3.9, 7.7, Source.published(
			"VMware vSphere 6.5 Resource Management, sample overhead memory on virtual machines (25.90 MB at 1 vCPU and "
					+ "1 GB, 60.67 MB at 4 vCPUs and 4 GB, 168.60 MB at 8 vCPUs and 16 GB), a plane through those three "
					+ "rows: 14.3 MiB + 3.9 MiB per vCPU + 7.7 MiB per GiB",
			"https://docs.vmware.com/jp/VMware-vSphere/6.5/com.vmware.vsphere.resmgmt.doc/"
					+ "GUID-B42C72C1-F8D5-40DC-93D1-FB31849B1114.html"));
	static final Overheads.VmOverhead HYPERV_OVERHEAD = new Overheads.VmOverhead(24, 0, 8, Source.published(
			"Microsoft BizTalk Server guide, system resource costs on Hyper-V (observed on Windows Server 2008 R2): "
					+ "32 MB for the first GB of a VM's memory and 8 MB for each further GB, that is 24 MiB + 8 MiB per GiB",
			BIZTALK_HYPERV));

	static final Overheads.ContainerOverhead CONTAINERD_SHIM = new Overheads.ContainerOverhead(11, 0, Source.published(
			"containerd issue 7878: each containerd-shim-runc-v2 resident at about 9-11 MB (RSS, shared pages "
					+ "counted)", "https://github.com/containerd/containerd/issues/7878"), "shim");
	static final Overheads.ContainerOverhead CONMON = new Overheads.ContainerOverhead(0.27, 0, Source.published(
			"CRI-O pull request 9388, a measurement of conmon, the monitor Podman runs per container: 274432 bytes "
					+ "for one container", "https://github.com/cri-o/cri-o/pull/9388"), "conmon");
	static final Overheads.ContainerOverhead LXC_MONITOR = new Overheads.ContainerOverhead(2, 0, Source.estimate(
			"2 MiB for the monitor process LXC runs per container; no published figure, conmon's is a tenth of it",
			null), "monitor");
	static final Overheads.ContainerOverhead WINDOWS_CONTAINER = new Overheads.ContainerOverhead(50_000_000.0
			/ Sizes.MIB, 0, Source.published("Microsoft, Windows container requirements: a process-isolated Server "
					+ "Core container needs 50 MB to start and run basic commands (its own system services)",
					"https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/"
							+ "system-requirements"), "system services");
	static final Overheads.ContainerOverhead GVISOR_SANDBOX = new Overheads.ContainerOverhead(23_695_032.32
			/ Sizes.MIB, 0, Source.published("gVisor density benchmark: an empty runsc sandbox takes 23,695,032 "
					+ "bytes of host memory (runc 4,092,150)",
					"https://github.com/google/gvisor/blob/master/website/performance/density.csv"), "empty sandbox");
	static final Overheads.ContainerOverhead KATA_POD = new Overheads.ContainerOverhead(160, 0.25, Source.published(
			"Kata Containers, kata-deploy RuntimeClass kata-qemu: pod overhead 160Mi of memory and 250m of CPU",
			KATA_RUNTIME_CLASSES + "kata-qemu.yaml"), "pod overhead");
	static final Overheads.ContainerOverhead FIRECRACKER_VMM = new Overheads.ContainerOverhead(5, 0, Source.published(
			"Firecracker specification: the virtual machine manager's threads take at most 5 MiB per microVM",
			FIRECRACKER_SPEC), "Firecracker VMM");
	static final Overheads.ContainerOverhead KATA_FC_GUEST = new Overheads.ContainerOverhead(125, 0.25, Source.published(
			"Kata Containers, kata-deploy RuntimeClass kata-fc: pod overhead 130Mi of memory and 250m of CPU, of "
					+ "which the Firecracker VMM takes 5 MiB and the guest kernel and kata-agent the other 125 MiB",
			KATA_RUNTIME_CLASSES + "kata-fc.yaml"), "guest kernel and agent");

	private Sources() {
	}
}
