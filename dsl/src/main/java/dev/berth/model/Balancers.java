package dev.berth.model;

import dev.berth.berth.Container;
import dev.berth.berth.Machine;
import dev.berth.berth.PortMapping;
import dev.berth.berth.Target;
import java.util.OptionalInt;

/** Where a balancer sends its traffic. */
public final class Balancers {

	/** The port a balancer listens on, and forwards to, when the model does not say. */
	public static final int DEFAULT_PORT = 80;

	private Balancers() {
	}

	/**
	 * The container port a balancer forwards to on a target: the one written after the colon, else
	 * the container port of the target's first {@code port}, else its first {@code expose}.
	 */
	public static OptionalInt targetPort(Target target) {
		if (target.getPort() != null) {
			return OptionalInt.of(target.getPort());
		}
		if (target.getWorkload() instanceof Container container && !container.eIsProxy()) {
			if (!container.getPorts().isEmpty() && container.getPorts().get(0).getContainerPort() != null) {
				return OptionalInt.of(container.getPorts().get(0).getContainerPort());
			}
			if (!container.getExposes().isEmpty()) {
				return OptionalInt.of(container.getExposes().get(0));
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * The host port on which the {@code index}-th instance of a container on a machine publishes a
	 * TCP container port at the machine's address: a port without {@code listen}, or one that
	 * listens on that address or on all addresses (never on loopback).
	 */
	public static OptionalInt publishedPort(Container container, Machine machine, int containerPort, int index) {
		for (PortMapping mapping : container.getPorts()) {
			if (!mapping.isUdp() && Integer.valueOf(containerPort).equals(mapping.getContainerPort())
					&& reachableAt(mapping.getListen(), Machines.address(machine))) {
				OptionalInt hostPort = Replicas.hostPort(mapping, index);
				if (hostPort.isPresent()) {
					return hostPort;
				}
			}
		}
		return OptionalInt.empty();
	}

	private static boolean reachableAt(String listen, String address) {
		return listen == null || listen.equals("0.0.0.0") || listen.equals("::")
				|| listen.equals(address) && !HostNames.isLoopback(listen);
	}
}
