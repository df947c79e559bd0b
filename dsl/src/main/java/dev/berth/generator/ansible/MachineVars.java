package dev.berth.generator.ansible;

import dev.berth.berth.Container;
import dev.berth.berth.EnvVar;
import dev.berth.berth.Machine;
import dev.berth.berth.SecretSource;
import dev.berth.berth.Vm;
import dev.berth.generator.DeployLayout;
import dev.berth.generator.PathSegments;
import dev.berth.model.DeploymentNames;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code host_vars/MACHINE.yaml}: everything the static tasks deploy on one machine, as lists of items. */
final class MachineVars {

	private MachineVars() {
	}

	static Map<String, Object> of(Site site, Waves waves, Machine machine) {
		String name = PathSegments.of(Machines.name(machine));
		String root = DeployLayout.MACHINE_ROOT + name;
		Map<String, Object> vars = new LinkedHashMap<>();
		vars.put("berth_machine", name);
		vars.put("berth_deployments", deployments(site));
		vars.put("berth_depends_on", waves.dependsOn(machine).stream().map(Machines::name).toList());
		if (machine instanceof Vm vm && vm.getMachine() != null && !vm.getMachine().eIsProxy()
				&& waves.includes(vm.getMachine())) {
			vars.put("berth_vm_host", Machines.name(vm.getMachine()));
		}
		vars.put("berth_engine", EngineVars.engine(machine));
		vars.put("berth_project", DeployLayout.project(machine));
		vars.put("berth_root", root);
		List<Map<String, Object>> copies = new ArrayList<>(FileVars.copies(site, machine, root));
		List<String> folders = new ArrayList<>();
		EngineVars.put(site, machine, root, vars, copies);
		LibvirtVars.put(site, machine, vars, folders, copies);
		List<Map<String, Object>> secrets = FileVars.secrets(site, machine, root);
		List<Map<String, Object>> placed = new ArrayList<>(copies);
		placed.addAll(secrets);
		FileVars.folders(root, placed).stream().filter(f -> !folders.contains(f)).forEach(folders::add);
		vars.put("berth_folders", folders.stream().map(folder -> AnsibleYaml.item("file", folder)).toList());
		vars.put("berth_copies", copies);
		vars.put("berth_secrets", secrets);
		vars.put("berth_environment", environment(site, machine));
		return vars;
	}

	/** Every deployment of the site, found once per site: what carries one of their labels here belongs to this deployment. */
	private static List<String> deployments(Site site) {
		return site.fact(MachineVars.class, () -> {
			Set<String> names = new LinkedHashSet<>();
			site.elements().forEach(element -> DeploymentNames.of(element).ifPresent(names::add));
			return List.copyOf(names);
		});
	}

	/** The variables of the deploying environment that the machine's containers and secrets read. */
	private static List<String> environment(Site site, Machine machine) {
		Set<String> variables = new LinkedHashSet<>();
		for (Site.Instances instances : site.containersOn(machine)) {
			Container container = instances.container();
			container.getEnv().stream().map(EnvVar::getVariable).filter(v -> v != null).forEach(variables::add);
			container.getSecrets().stream().filter(s -> !s.eIsProxy() && s.getSource() == SecretSource.ENV)
					.forEach(s -> variables.add(s.getLocation()));
		}
		return List.copyOf(variables);
	}
}
