package dev.berth.generator;

import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.berth.Runtime;
import dev.berth.berth.Vm;
import dev.berth.generator.docker.ComposeGenerator;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * {@code deploy.sh} and {@code destroy.sh} of the whole site: VMs before the containers that run
 * in them, machine by machine, on the engines each machine has; destroy in the reverse order.
 */
public final class SiteScripts {

	private SiteScripts() {
	}

	public static List<GeneratedFile> generate(Site site) {
		return List.of(GeneratedFile.script("deploy.sh", deploy(site)), GeneratedFile.script("destroy.sh", destroy(site)));
	}

	/** Machines that run VMs, hosts first, then VMs by how deeply they nest. */
	static List<Machine> vmMachines(Site site) {
		List<Machine> machines = new ArrayList<>();
		for (Element element : site.elements()) {
			if (element instanceof Machine machine && !site.vmsOn(machine).isEmpty()) {
				machines.add(machine);
			}
		}
		machines.sort(Comparator.comparingInt(SiteScripts::depth));
		return machines;
	}

	/** Machines that run containers, in the same order. */
	static List<Machine> containerMachines(Site site) {
		List<Machine> machines = new ArrayList<>();
		for (Element element : site.elements()) {
			if (element instanceof Machine machine && ComposeGenerator.hasContainers(site, machine)
					&& Machines.runtime(machine) != Runtime.NONE) {
				machines.add(machine);
			}
		}
		machines.sort(Comparator.comparingInt(SiteScripts::depth));
		return machines;
	}

	private static int depth(Machine machine) {
		int depth = 0;
		Machine current = machine;
		while (current instanceof Vm vm && vm.getMachine() != null && !vm.getMachine().eIsProxy() && depth < 64) {
			current = vm.getMachine();
			depth++;
		}
		return depth;
	}

	private static String deploy(Site site) {
		ScriptText script = new ScriptText("Deploys the whole site: the VMs of each machine, then its containers.");
		script.raw(DeploySteps.HELPERS);
		for (Machine machine : vmMachines(site)) {
			script.comment("VMs on " + Machines.name(machine));
			script.raw("run_script " + Shell.quote("libvirt/" + PathSegments.of(Machines.name(machine)) + "/define.sh"));
		}
		for (Machine machine : containerMachines(site)) {
			script.comment("containers on " + Machines.name(machine));
			DeploySteps.up(script, site, machine);
		}
		return script.toString();
	}

	private static String destroy(Site site) {
		ScriptText script = new ScriptText("Takes the whole site down in the reverse order of deploy.sh; VM disks are kept.");
		List<Machine> containers = new ArrayList<>(containerMachines(site));
		Collections.reverse(containers);
		for (Machine machine : containers) {
			script.comment("containers on " + Machines.name(machine));
			DeploySteps.down(script, site, machine);
		}
		List<Machine> vms = new ArrayList<>(vmMachines(site));
		Collections.reverse(vms);
		for (Machine machine : vms) {
			script.comment("VMs on " + Machines.name(machine));
			DeploySteps.undefine(script, site, machine);
		}
		return script.toString();
	}
}
