package dev.berth.generator.docker;

import dev.berth.berth.Balancer;
import dev.berth.berth.Container;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.PortMapping;
import dev.berth.berth.Target;
import dev.berth.berth.Vm;
import dev.berth.generator.PathSegments;
import dev.berth.model.Balancers;
import dev.berth.model.Machines;
import dev.berth.model.Placement;
import dev.berth.model.Replicas;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** The HAProxy service of a balancer and the servers it forwards to. */
final class BalancerServers {

	/** The HAProxy image the balancers run, pinned. */
	static final String IMAGE = "haproxy:2.8.5";

	private static final int DEFAULT_PORT = 80;

	private BalancerServers() {
	}

	/**
	 * One server per target instance: instances on the balancer's machine by service name and
	 * container port; instances elsewhere by their machine's address and published host port.
	 */
	static List<HaproxyConfig.Server> of(Site site, Balancer balancer) {
		List<HaproxyConfig.Server> servers = new ArrayList<>();
		for (Target target : balancer.getTargets()) {
			int port = Balancers.targetPort(target).orElse(DEFAULT_PORT);
			if (target.getWorkload() instanceof Container container && !container.eIsProxy()) {
				for (Placement placement : Replicas.placements(container)) {
					for (int i = 0; i < placement.instances(); i++) {
						String name = ComposeService.name(container, placement.first() + i);
						if (placement.machine() == balancer.getMachine()) {
							servers.add(new HaproxyConfig.Server(name, name, port));
						} else {
							published(container, port, i).ifPresent(hostPort -> servers.add(
									new HaproxyConfig.Server(name, Machines.address(placement.machine()), hostPort)));
						}
					}
				}
			} else if (target.getWorkload() instanceof Vm vm && !vm.eIsProxy()) {
				servers.add(new HaproxyConfig.Server(vm.getName(), Machines.address(vm), port));
			}
		}
		return servers;
	}

	/** The host port an instance publishes for the container port, else its first published port. */
	private static OptionalInt published(Container container, int containerPort, int indexOnMachine) {
		OptionalInt first = OptionalInt.empty();
		for (PortMapping mapping : container.getPorts()) {
			OptionalInt hostPort = Replicas.hostPort(mapping, indexOnMachine);
			if (hostPort.isPresent() && !mapping.isUdp() && Integer.valueOf(containerPort).equals(mapping.getContainerPort())) {
				return hostPort;
			}
			if (first.isEmpty()) {
				first = hostPort;
			}
		}
		return first;
	}

	/** The Compose service that runs HAProxy with the balancer's configuration. */
	static Map<String, Object> service(Machine machine, Balancer balancer) {
		Map<String, Object> service = ComposeYaml.map("image", IMAGE, "restart", "unless-stopped");
		int listen = balancer.getListen() == null ? DEFAULT_PORT : balancer.getListen();
		service.put("ports", List.of(ComposeYaml.map("target", listen, "published", listen, "protocol", "tcp",
				"mode", "host")));
		service.put("volumes", List.of(ComposeYaml.map("type", "bind", "source",
				"./" + PathSegments.of(balancer.getName()) + ".haproxy.cfg", "target",
				"/usr/local/etc/haproxy/haproxy.cfg", "read_only", true)));
		Set<String> networks = new LinkedHashSet<>();
		balancer.getNetworks().stream().filter(n -> !n.eIsProxy()).map(Network::getName).forEach(networks::add);
		for (Target target : balancer.getTargets()) {
			if (target.getWorkload() instanceof Container container && !container.eIsProxy()
					&& Replicas.instancesOn(container, machine) > 0) {
				List<Network> joined = container.getNetworks().stream().filter(n -> !n.eIsProxy()).toList();
				if (joined.isEmpty()) {
					networks.add("default");
				}
				joined.forEach(n -> networks.add(n.getName()));
			}
		}
		if (!networks.isEmpty() && !networks.equals(Set.of("default"))) {
			service.put("networks", List.copyOf(networks));
		}
		service.put("labels", ComposeYaml.map("dev.berth.balancer", balancer.getName()));
		return service;
	}
}
