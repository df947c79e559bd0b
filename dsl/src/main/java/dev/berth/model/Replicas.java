package dev.berth.model;

import dev.berth.berth.Container;
import dev.berth.berth.Machine;
import dev.berth.berth.PortMapping;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** How a container's replicas spread over its machines, and which host port each one takes. */
public final class Replicas {

	private Replicas() {
	}

	/** The machines a container is placed on, each once, in the order listed; unresolved names are left out. */
	public static List<Machine> machines(Container container) {
		Set<Machine> machines = new LinkedHashSet<>();
		for (Machine machine : container.getMachines()) {
			if (!machine.eIsProxy()) {
				machines.add(machine);
			}
		}
		return List.copyOf(machines);
	}

	/** The total number of instances: {@code replicas}, else one per listed machine. */
	public static int total(Container container) {
		return container.getReplicas() != null ? container.getReplicas() : machines(container).size();
	}

	/**
	 * The instances on each machine: the total spread as evenly as possible, the first machines
	 * taking the remainder.
	 */
	public static List<Placement> placements(Container container) {
		List<Machine> machines = machines(container);
		List<Placement> placements = new ArrayList<>();
		if (machines.isEmpty()) {
			return placements;
		}
		int total = Math.max(0, total(container));
		int each = total / machines.size();
		int remainder = total % machines.size();
		int first = 0;
		for (int i = 0; i < machines.size(); i++) {
			int instances = each + (i < remainder ? 1 : 0);
			placements.add(new Placement(machines.get(i), instances, first));
			first += instances;
		}
		return placements;
	}

	/** The instances on one machine; zero when the container is not placed there. */
	public static int instancesOn(Container container, Machine machine) {
		return placements(container).stream().filter(p -> p.machine() == machine).mapToInt(Placement::instances)
				.sum();
	}

	/**
	 * The host port that the {@code index}-th instance on a machine (from 0) publishes for a port
	 * mapping: the single host port for every instance, or the index-th port of a range. Empty when
	 * the mapping publishes no host port, or the range has no port left for this instance.
	 */
	public static OptionalInt hostPort(PortMapping port, int index) {
		if (port.getHostPort() == null) {
			return OptionalInt.empty();
		}
		int start = port.getHostPort();
		if (port.getHostPortEnd() == null) {
			return OptionalInt.of(start);
		}
		int candidate = start + index;
		return candidate <= port.getHostPortEnd() ? OptionalInt.of(candidate) : OptionalInt.empty();
	}

	/** The number of host ports a mapping offers: 1 for a single port, the length of a range, 0 for none. */
	public static int hostPortCount(PortMapping port) {
		if (port.getHostPort() == null) {
			return 0;
		}
		if (port.getHostPortEnd() == null) {
			return 1;
		}
		return Math.max(0, port.getHostPortEnd() - port.getHostPort() + 1);
	}
}
