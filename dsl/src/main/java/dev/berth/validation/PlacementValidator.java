package dev.berth.validation;

import dev.berth.berth.Balancer;
import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.Host;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Machine;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Runtime;
import dev.berth.berth.Vm;
import dev.berth.model.Machines;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/** Workloads sit on machines that can run them: a runtime for containers, a hypervisor for VMs, matching kernels. */
public class PlacementValidator extends ConcernValidator {

	@Check
	public void checkContainerHasRuntime(Container container) {
		for (int i = 0; i < container.getMachines().size(); i++) {
			reportMissingRuntime(container, container.getMachines().get(i), BerthPackage.Literals.CONTAINER__MACHINES, i);
		}
	}

	@Check
	public void checkBalancerHasRuntime(Balancer balancer) {
		reportMissingRuntime(balancer, balancer.getMachine(), BerthPackage.Literals.BALANCER__MACHINE, INSIGNIFICANT_INDEX);
	}

	private void reportMissingRuntime(Element workload, Machine machine, EReference feature, int index) {
		if (machine == null || machine.eIsProxy() || Machines.runtime(machine) != Runtime.NONE) {
			return;
		}
		Element target = (Element) machine;
		String what = workload instanceof Balancer ? describe(workload) + " (an HAProxy container)" : describe(workload);
		if (Machines.kernel(machine) == OsFamily.ESXI) {
			error(what + " is placed on " + describe(target) + ", which runs ESXi and no containers; place "
					+ workload.getName() + " on a Linux or Windows machine, or in a VM with a runtime", workload, feature,
					index, IssueCodes.PLACEMENT_NO_RUNTIME, target.getName());
			return;
		}
		error(what + " is placed on " + describe(target) + ", which runs no container runtime; add `runtime docker` to "
				+ target.getName() + alternatives(machine) + ", or place " + workload.getName() + " elsewhere", workload,
				feature, index, IssueCodes.PLACEMENT_NO_RUNTIME, target.getName(), "docker");
	}

	private static String alternatives(Machine machine) {
		return Machines.kernel(machine) == OsFamily.LINUX ? " (or podman, containerd, lxc)" : "";
	}

	@Check
	public void checkVmHasHypervisor(Vm vm) {
		Machine machine = vm.getMachine();
		if (machine == null || machine.eIsProxy() || Machines.hypervisor(machine) != Hypervisor.NONE) {
			return;
		}
		Element target = (Element) machine;
		String hypervisor = suitableHypervisor(machine).getLiteral();
		String message = machine instanceof Host
				? describe(vm) + " is placed on " + describe(target) + ", which runs no hypervisor; add `hypervisor "
						+ hypervisor + "` to " + target.getName() + ", or place " + vm.getName() + " on another host"
				: describe(vm) + " is placed on " + describe(target) + ", which runs no nested VMs; add `hypervisor "
						+ hypervisor + "` to " + target.getName() + " (nested virtualization), or place " + vm.getName()
						+ " on a host";
		error(message, vm, BerthPackage.Literals.VM__MACHINE, IssueCodes.PLACEMENT_NO_HYPERVISOR, target.getName(),
				hypervisor);
	}

	@Check
	public void checkKernelMatches(Container container) {
		OsFamily family = Machines.os(container.getOs()).family();
		for (int i = 0; i < container.getMachines().size(); i++) {
			Machine machine = container.getMachines().get(i);
			if (machine.eIsProxy() || Machines.runtime(machine) == Runtime.NONE) {
				continue;
			}
			OsFamily kernel = Machines.kernel(machine);
			if (kernel != family && kernel != OsFamily.ESXI) {
				error(describe(container) + " is a " + family.getLiteral() + " container but " + describe((Element) machine)
						+ " runs a " + kernel.getLiteral() + " kernel; containers share their machine's kernel, so place "
						+ container.getName() + " on a " + family.getLiteral() + " machine or use a " + kernel.getLiteral()
						+ " image", container, BerthPackage.Literals.CONTAINER__MACHINES, i, IssueCodes.KERNEL_MISMATCH,
						family.getLiteral(), kernel.getLiteral());
			}
		}
	}

	@Check
	public void checkHypervisorRunsOnHostOs(Machine machine) {
		Hypervisor hypervisor = Machines.hypervisor(machine);
		OsFamily os = Machines.kernel(machine);
		OsFamily needed = switch (hypervisor) {
			case KVM, XEN, QEMU -> OsFamily.LINUX;
			case HYPERV -> OsFamily.WINDOWS;
			case ESXI -> OsFamily.ESXI;
			case NONE -> os;
		};
		if (needed != os) {
			Element element = (Element) machine;
			error(hypervisor.getLiteral() + " needs a " + needed.getLiteral() + " machine but " + describe(element)
					+ " runs " + os.getLiteral() + "; use " + suitableHypervisor(machine).getLiteral() + " on "
					+ os.getLiteral() + ", or write `os " + needed.getLiteral() + "`", element,
					feature(machine, BerthPackage.Literals.HOST__HYPERVISOR, BerthPackage.Literals.VM__HYPERVISOR),
					IssueCodes.HYPERVISOR_HOST_OS, hypervisor.getLiteral(), os.getLiteral());
		}
	}

	@Check
	public void checkRuntimeRunsOnHostOs(Machine machine) {
		Runtime runtime = Machines.runtime(machine);
		OsFamily os = Machines.kernel(machine);
		boolean linuxOnly = runtime == Runtime.LXC || runtime == Runtime.PODMAN || runtime == Runtime.CONTAINERD;
		if (runtime == Runtime.NONE || (os == OsFamily.LINUX) || (os == OsFamily.WINDOWS && !linuxOnly)) {
			return;
		}
		Element element = (Element) machine;
		String advice = os == OsFamily.ESXI
				? "ESXi runs no container runtime; remove it, and run containers in a VM with a runtime"
				: "use docker on windows, or run " + runtime.getLiteral() + " in a linux VM";
		error(runtime.getLiteral() + " cannot run on " + describe(element) + ", which runs " + os.getLiteral() + "; "
				+ advice, element, feature(machine, BerthPackage.Literals.HOST__RUNTIME, BerthPackage.Literals.VM__RUNTIME),
				IssueCodes.RUNTIME_HOST_OS, runtime.getLiteral(), os.getLiteral());
	}

	private static Hypervisor suitableHypervisor(Machine machine) {
		return switch (Machines.kernel(machine)) {
			case LINUX -> Hypervisor.KVM;
			case WINDOWS -> Hypervisor.HYPERV;
			case ESXI -> Hypervisor.ESXI;
		};
	}

	private static EStructuralFeature feature(Machine machine, EStructuralFeature ofHost, EStructuralFeature ofVm) {
		return machine instanceof Host ? ofHost : ofVm;
	}
}
