package dev.berth.generator.ansible;

import dev.berth.berth.Container;
import dev.berth.berth.Machine;
import dev.berth.berth.Runtime;
import dev.berth.generator.DeployLayout;
import dev.berth.generator.PathSegments;
import dev.berth.generator.docker.ComposeGenerator;
import dev.berth.generator.docker.LxcGenerator;
import dev.berth.generator.docker.PodmanContainers;
import dev.berth.generator.docker.PodmanImages;
import dev.berth.generator.docker.PodmanNetworks;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The container part of a machine's host_vars, for the engine its runtime names. */
final class EngineVars {

	private EngineVars() {
	}

	/** The command that runs the machine's containers: podman, docker, nerdctl (containerd), lxc, or none. */
	static String engine(Machine machine) {
		return switch (Machines.runtime(machine)) {
			case PODMAN -> "podman";
			case DOCKER -> "docker";
			case CONTAINERD -> "nerdctl";
			case LXC -> "lxc";
			default -> "none";
		};
	}

	static void put(Site site, Machine machine, String root, Map<String, Object> vars, List<Map<String, Object>> copies) {
		String engine = engine(machine);
		boolean runs = Machines.runtime(machine) != Runtime.NONE && ComposeGenerator.hasContainers(site, machine);
		List<Map<String, Object>> containers = new ArrayList<>();
		List<Map<String, Object>> networks = List.of();
		List<Map<String, Object>> volumes = List.of();
		List<Map<String, Object>> images = List.of();
		List<String> compose = List.of();
		if (runs && ComposeGenerator.readsCompose(machine)) {
			String folder = DeployLayout.composeFolder(machine);
			if (!engine.equals("podman")) {
				copies.add(FileVars.fromOut(folder + "compose.yaml", root + "/compose.yaml"));
			}
			site.balancersOn(machine).forEach(balancer -> copies.add(FileVars.fromOut(folder
					+ PathSegments.of(balancer.getName()) + ".haproxy.cfg", root + "/" + balancer.getName() + ".haproxy.cfg")));
		}
		if (runs && engine.equals("podman")) {
			Map<String, Object> document = ComposeGenerator.document(site, machine);
			containers.addAll(PodmanContainers.of(site, machine, root));
			networks = PodmanNetworks.networks(document, DeployLayout.project(machine));
			volumes = PodmanNetworks.volumes(document);
			images = PodmanImages.of(machine, document, root);
		} else if (runs && ComposeGenerator.readsCompose(machine)) {
			compose = List.of(engine, "compose", "-p", DeployLayout.project(machine), "-f", root + "/compose.yaml");
			ComposeGenerator.startOrder(site, machine).forEach(name -> containers.add(AnsibleYaml.item("container", name)));
		} else if (runs && engine.equals("lxc")) {
			lxc(site, machine, root, containers, copies);
		}
		vars.put("berth_compose", compose);
		vars.put("berth_networks", networks);
		vars.put("berth_volumes", volumes);
		vars.put("berth_images", images);
		vars.put("berth_containers", containers);
	}

	/** Each instance with an image: its configuration copied, created from the OCI image, started. */
	private static void lxc(Site site, Machine machine, String root, List<Map<String, Object>> containers,
			List<Map<String, Object>> copies) {
		for (Site.Instances instances : site.containersOn(machine)) {
			Container container = instances.container();
			for (int i = 0; i < instances.placement().instances() && container.getImage() != null; i++) {
				String name = PathSegments.of(LxcGenerator.instanceName(container, instances.placement(), i));
				String conf = root + "/lxc/" + name + ".conf";
				copies.add(FileVars.fromOut("lxc/" + PathSegments.of(Machines.name(machine)) + "/" + name + ".conf", conf));
				Map<String, Object> item = AnsibleYaml.item("container", name);
				item.put("create", List.of("lxc-create", "-n", name, "-t", "oci", "-f", conf, "--", "--url",
						"docker://" + container.getImage()));
				containers.add(item);
			}
		}
	}
}
