package dev.berth.generator.ansible;

import dev.berth.berth.Machine;
import dev.berth.generator.GeneratedFile;
import dev.berth.generator.PathSegments;
import dev.berth.generator.PerMachine;
import dev.berth.generator.YamlWriter;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ansible/}: the inventory of the machines with something to deploy, grouped in waves, each
 * machine's host_vars, {@code deploy.yaml} and {@code destroy.yaml} (one play per wave, destroy in
 * reverse) and the static tasks they import.
 */
public final class AnsibleGenerator {

	private static final String FOLDER = "ansible/";
	private static final List<String> TASKS = List.of("deploy-machine.yaml", "destroy-machine.yaml", "survey.yaml",
			"libvirt.yaml", "podman.yaml", "start-container.yaml", "compose.yaml", "lxc.yaml");

	private AnsibleGenerator() {
	}

	public static List<GeneratedFile> generate(Site site) {
		Waves waves = Waves.of(site);
		List<GeneratedFile> files = new ArrayList<>();
		files.add(GeneratedFile.text(FOLDER + "inventory.yaml", AnsibleYaml.data(inventory(waves))));
		files.addAll(PerMachine.files(site, waves.machines(), machine -> List.of(GeneratedFile.text(
				FOLDER + "host_vars/" + PathSegments.of(Machines.name(machine)) + ".yaml",
				AnsibleYaml.data(MachineVars.of(site, waves, machine))))));
		files.add(GeneratedFile.text(FOLDER + "deploy.yaml", AnsibleYaml.plain(plays(waves, false))));
		files.add(GeneratedFile.text(FOLDER + "destroy.yaml", AnsibleYaml.plain(plays(waves, true))));
		for (String tasks : TASKS) {
			files.add(GeneratedFile.text(FOLDER + "tasks/" + tasks, AnsibleYaml.tasks(tasks)));
		}
		return files;
	}

	/** Every machine with its address and connection, and a group per wave. */
	static Map<String, Object> inventory(Waves waves) {
		Map<String, Object> hosts = new LinkedHashMap<>();
		for (Machine machine : waves.machines()) {
			hosts.put(Machines.name(machine), YamlWriter.map("ansible_host", Machines.address(machine),
					"ansible_connection", Machines.isLocal(machine) ? "local" : "ssh"));
		}
		Map<String, Object> groups = new LinkedHashMap<>();
		for (int wave = 1; wave <= waves.count(); wave++) {
			Map<String, Object> members = new LinkedHashMap<>();
			for (Machine machine : waves.machines()) {
				if (waves.wave(machine) == wave) {
					members.put(Machines.name(machine), new LinkedHashMap<>());
				}
			}
			groups.put("berth_wave_" + wave, YamlWriter.map("hosts", members));
		}
		Map<String, Object> all = YamlWriter.map("hosts", hosts);
		if (!groups.isEmpty()) {
			all.put("children", groups);
		}
		return YamlWriter.map("all", all);
	}

	/** One play per wave, in order for deploy and in reverse for destroy. */
	private static List<Object> plays(Waves waves, boolean destroy) {
		List<Object> plays = new ArrayList<>();
		for (int i = 1; i <= waves.count(); i++) {
			int wave = destroy ? waves.count() + 1 - i : i;
			Map<String, Object> play = YamlWriter.map("name", (destroy ? "destroy" : "deploy") + " wave " + wave,
					"hosts", "berth_wave_" + wave, "gather_facts", false);
			if (destroy) {
				play.put("vars", YamlWriter.map("berth_purge_data", false));
			}
			play.put("tasks", List.of(YamlWriter.map("name", destroy ? "destroy machine" : "deploy machine",
					"ansible.builtin.import_tasks", "tasks/" + (destroy ? "destroy" : "deploy") + "-machine.yaml")));
			plays.add(play);
		}
		return plays;
	}
}
