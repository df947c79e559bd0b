package dev.berth.generator.docker;

import dev.berth.berth.Balancer;
import dev.berth.berth.Container;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Target;
import dev.berth.berth.Vm;
import dev.berth.generator.PathSegments;
import dev.berth.generator.YamlWriter;
import dev.berth.model.Balancers;
import dev.berth.model.DeploymentNames;
import dev.berth.model.Machines;
import dev.berth.model.Placement;
import dev.berth.model.Replicas;
import dev.berth.model.ServiceNames;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The HAProxy service of a balancer and the servers it forwards to. */
final class BalancerServers {

	/** The HAProxy image the balancers run: the 3.0 long-term-support branch, pinned. */
	static final String IMAGE = "haproxy:3.0.8";

	private BalancerServers() {
	}

	/**
	 * One server per target instance, all at the target's container port: instances on the
	 * balancer's machine by service name, instances elsewhere by their machine's address and the
	 * host port that publishes that container port there.
	 */
	static List<HaproxyConfig.Server> of(Site site, Balancer balancer) {
		List<HaproxyConfig.Server> servers = new ArrayList<>();
		for (Target target : balancer.getTargets()) {
			int port = Balancers.targetPort(target).orElse(Balancers.DEFAULT_PORT);
			if (target.getWorkload() instanceof Container container && !container.eIsProxy()) {
				for (Placement placement : Replicas.placements(container)) {
					for (int i = 0; i < placement.instances(); i++) {
						String name = ServiceNames.of(container, placement.first() + i);
						if (placement.machine() == balancer.getMachine()) {
							servers.add(new HaproxyConfig.Server(name, name, port));
						} else {
							Balancers.publishedPort(container, placement.machine(), port, i).ifPresent(hostPort -> servers.add(
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

	/**
	 * The Compose service that runs HAProxy with the balancer's configuration, on the balancer's
	 * networks (else those of its local targets), started after its local targets. The image runs
	 * HAProxy as an unprivileged user, so ports below 1024 are opened to it inside its own network
	 * namespace (Docker does so by default, Podman does not).
	 */
	static Map<String, Object> service(Site site, Machine machine, Balancer balancer) {
		Map<String, Object> service = YamlWriter.map("image", IMAGE, "restart", "unless-stopped");
		int listen = balancer.getListen() == null ? Balancers.DEFAULT_PORT : balancer.getListen();
		service.put("ports", List.of(YamlWriter.map("target", listen, "published", listen, "protocol", "tcp",
				"mode", "host")));
		service.put("volumes", List.of(YamlWriter.map("type", "bind", "source",
				"./" + PathSegments.of(balancer.getName()) + ".haproxy.cfg", "target",
				"/usr/local/etc/haproxy/haproxy.cfg", "read_only", true)));
		Set<String> networks = new LinkedHashSet<>();
		balancer.getNetworks().stream().filter(n -> !n.eIsProxy()).map(Network::getName).forEach(networks::add);
		List<String> localTargets = new ArrayList<>();
		for (Target target : balancer.getTargets()) {
			if (target.getWorkload() instanceof Container container && !container.eIsProxy()) {
				List<String> local = ServiceNames.on(site, machine, container);
				localTargets.addAll(local);
				if (!local.isEmpty() && balancer.getNetworks().isEmpty()) {
					List<Network> joined = container.getNetworks().stream().filter(n -> !n.eIsProxy()).toList();
					if (joined.isEmpty()) {
						networks.add("default");
					}
					joined.forEach(n -> networks.add(n.getName()));
				}
			}
		}
		if (!networks.isEmpty() && !networks.equals(Set.of("default"))) {
			service.put("networks", List.copyOf(networks));
		}
		ComposeService.putIfAny(service, "depends_on", localTargets);
		service.put("sysctls", YamlWriter.map("net.ipv4.ip_unprivileged_port_start", 0));
		Map<String, Object> labels = new LinkedHashMap<>();
		DeploymentNames.of(balancer).ifPresent(name -> labels.put("dev.berth.deployment", name));
		labels.put("dev.berth.machine", Machines.name(machine));
		labels.put("dev.berth.balancer", balancer.getName());
		service.put("labels", labels);
		return service;
	}
}
