package dev.berth.cli.deploy;

import dev.berth.berth.Balancer;
import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.berth.Volume;
import dev.berth.model.Machines;
import dev.berth.model.ModelPaths;
import dev.berth.model.ServiceNames;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a deploy creates on a machine, from the model, each as {@code KIND NAME}: the plan counts
 * it for a machine whose VM does not exist yet, where nothing can be asked. These are the
 * containers (one per instance, and the balancers) and their named volumes.
 */
public final class PlannedResources {

	private PlannedResources() {
	}

	/** The resources of the machine of that name; none when the site has no such machine. */
	public static List<String> of(Site site, String machine) {
		Set<String> resources = new LinkedHashSet<>();
		for (Element element : site.elements()) {
			if (element instanceof Machine m && Machines.name(m).equals(machine)) {
				resources.addAll(of(site, m));
			}
		}
		return List.copyOf(resources);
	}

	private static List<String> of(Site site, Machine machine) {
		List<String> resources = new ArrayList<>();
		List<String> volumes = new ArrayList<>();
		for (Site.Instances instances : site.containersOn(machine)) {
			ServiceNames.on(site, machine, instances.container()).forEach(name -> resources.add("container " + name));
			for (Volume volume : instances.container().getVolumes()) {
				if (ModelPaths.isNamedVolume(volume.getSource())) {
					volumes.add("volume " + volume.getSource());
				}
			}
		}
		for (Balancer balancer : site.balancersOn(machine)) {
			resources.add("container " + balancer.getName());
		}
		resources.addAll(volumes);
		return resources;
	}
}
