package dev.berth.model;

import dev.berth.berth.Container;
import dev.berth.berth.Target;
import java.util.OptionalInt;

/** Where a balancer sends its traffic. */
public final class Balancers {

	private Balancers() {
	}

	/**
	 * The port a balancer forwards to on a target: the one written after the colon, else the
	 * container's first {@code expose} port, else its first published container port.
	 */
	public static OptionalInt targetPort(Target target) {
		if (target.getPort() != null) {
			return OptionalInt.of(target.getPort());
		}
		if (target.getWorkload() instanceof Container container && !container.eIsProxy()) {
			if (!container.getExposes().isEmpty()) {
				return OptionalInt.of(container.getExposes().get(0));
			}
			if (!container.getPorts().isEmpty() && container.getPorts().get(0).getContainerPort() != null) {
				return OptionalInt.of(container.getPorts().get(0).getContainerPort());
			}
		}
		return OptionalInt.empty();
	}
}
