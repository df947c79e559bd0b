package dev.berth.model;

import dev.berth.berth.Container;
import dev.berth.berth.Machine;
import java.util.ArrayList;
import java.util.List;

/**
 * The Compose service names of a container's instances: {@code NAME} when the site runs one
 * instance, else {@code NAME-1} to {@code NAME-n} numbered over the site, each aliased {@code NAME}.
 */
public final class ServiceNames {

	private ServiceNames() {
	}

	/** The service name of a container's instance, counting from 0 over every machine it is placed on. */
	public static String of(Container container, int instance) {
		return isAliased(container) ? container.getName() + "-" + (instance + 1) : container.getName();
	}

	/** Whether the instances are numbered services that share the container's name as a network alias. */
	public static boolean isAliased(Container container) {
		return Replicas.total(container) > 1;
	}

	/** Every service name of a container, in instance order. */
	public static List<String> all(Container container) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < Math.max(0, Replicas.total(container)); i++) {
			names.add(of(container, i));
		}
		return names;
	}

	/** The service names of a container's instances on one machine, in instance order. */
	public static List<String> on(Site site, Machine machine, Container container) {
		List<String> names = new ArrayList<>();
		for (Site.Instances instances : site.containersOn(machine)) {
			if (instances.container() == container) {
				for (int i = 0; i < instances.placement().instances(); i++) {
					names.add(of(container, instances.placement().first() + i));
				}
			}
		}
		return names;
	}
}
