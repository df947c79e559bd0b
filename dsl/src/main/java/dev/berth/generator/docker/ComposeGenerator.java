package dev.berth.generator.docker;

import dev.berth.berth.Balancer;
import dev.berth.berth.Container;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Runtime;
import dev.berth.berth.Secret;
import dev.berth.berth.Vm;
import dev.berth.generator.Bridges;
import dev.berth.generator.DeployLayout;
import dev.berth.generator.GeneratedFile;
import dev.berth.generator.PathSegments;
import dev.berth.generator.PerMachine;
import dev.berth.generator.YamlWriter;
import dev.berth.model.Cidr;
import dev.berth.model.DeploymentNames;
import dev.berth.model.IpAddress;
import dev.berth.model.Machines;
import dev.berth.model.ModelPaths;
import dev.berth.model.ServiceNames;
import dev.berth.model.Site;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code docker/MACHINE/compose.yaml} for every machine whose runtime reads Compose files (docker,
 * podman, containerd through nerdctl), with one service per replica and an HAProxy service and
 * {@code BALANCER.haproxy.cfg} per balancer.
 */
public final class ComposeGenerator {

	private ComposeGenerator() {
	}

	/** Whether a machine's containers are described by a Compose file. */
	public static boolean readsCompose(Machine machine) {
		Runtime runtime = Machines.runtime(machine);
		return runtime == Runtime.DOCKER || runtime == Runtime.PODMAN || runtime == Runtime.CONTAINERD;
	}

	/** Whether anything runs as a container on the machine. */
	public static boolean hasContainers(Site site, Machine machine) {
		return !site.containersOn(machine).isEmpty() || !site.balancersOn(machine).isEmpty();
	}

	/** The files of every Compose machine of the site. */
	public static List<GeneratedFile> generate(Site site) {
		return PerMachine.files(site, machine -> readsCompose(machine) && hasContainers(site, machine),
				machine -> machineFiles(site, machine));
	}

	/** A machine's Compose file and the configuration of each of its balancers. */
	private static List<GeneratedFile> machineFiles(Site site, Machine machine) {
		String folder = DeployLayout.composeFolder(machine);
		List<GeneratedFile> files = new ArrayList<>();
		files.add(GeneratedFile.text(folder + "compose.yaml", ComposeYaml.dump(document(site, machine))));
		for (Balancer balancer : site.balancersOn(machine)) {
			files.add(GeneratedFile.text(folder + PathSegments.of(balancer.getName()) + ".haproxy.cfg",
					HaproxyConfig.render(balancer, BalancerServers.of(site, balancer))));
		}
		return files;
	}

	/** The services of a machine's Compose file in an order that starts each after those it depends on. */
	@SuppressWarnings("unchecked")
	public static List<String> startOrder(Site site, Machine machine) {
		Map<String, Map<String, Object>> services = new LinkedHashMap<>();
		((Map<String, Object>) document(site, machine).get("services"))
				.forEach((name, service) -> services.put(name, (Map<String, Object>) service));
		return ContainerOrder.startOrder(services);
	}

	/** The Compose document of one machine. */
	public static Map<String, Object> document(Site site, Machine machine) {
		Map<String, Object> services = new LinkedHashMap<>();
		Set<Network> networks = new LinkedHashSet<>();
		Set<Secret> secrets = new LinkedHashSet<>();
		Set<String> volumes = new LinkedHashSet<>();
		for (Site.Instances instances : site.containersOn(machine)) {
			Container container = instances.container();
			for (int i = 0; i < instances.placement().instances(); i++) {
				int instance = instances.placement().first() + i;
				services.put(ServiceNames.of(container, instance), ComposeService.of(site, machine, container, instance, i));
			}
			container.getNetworks().stream().filter(n -> !n.eIsProxy()).forEach(networks::add);
			container.getSecrets().stream().filter(s -> !s.eIsProxy()).forEach(secrets::add);
			container.getVolumes().stream().filter(v -> ModelPaths.isNamedVolume(v.getSource()))
					.forEach(v -> volumes.add(ComposeYaml.text(v.getSource())));
		}
		for (Balancer balancer : site.balancersOn(machine)) {
			services.put(balancer.getName(), BalancerServers.service(site, machine, balancer));
			balancer.getNetworks().stream().filter(n -> !n.eIsProxy()).forEach(networks::add);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("services", services);
		Map<String, Object> declaredNetworks = new LinkedHashMap<>();
		if (usesDefaultNetwork(services.values())) {
			declaredNetworks.put("default", YamlWriter.map("labels", labels(site, machine)));
		}
		networks.forEach(network -> declaredNetworks.put(network.getName(), network(site, machine, network)));
		if (!declaredNetworks.isEmpty()) {
			document.put("networks", declaredNetworks);
		}
		if (!secrets.isEmpty()) {
			Map<String, Object> declared = new LinkedHashMap<>();
			secrets.forEach(secret -> declared.put(secret.getName(),
					YamlWriter.map("file", ComposeYaml.text(DeployLayout.secretFile(secret)))));
			document.put("secrets", declared);
		}
		if (!volumes.isEmpty()) {
			Map<String, Object> declared = new LinkedHashMap<>();
			volumes.forEach(volume -> declared.put(volume, YamlWriter.map("labels", labels(site, machine))));
			document.put("volumes", declared);
		}
		return document;
	}

	/**
	 * A network as Compose declares it: a bridge with the model's subnet, or, where VMs on the same
	 * host use the network too, a macvlan network on the libvirt bridge so both share one segment.
	 */
	private static Map<String, Object> network(Site site, Machine machine, Network network) {
		Map<String, Object> declared = new LinkedHashMap<>();
		boolean sharedWithVms = site.vmsOn(machine).stream().map(Vm::getInterfaces).flatMap(List::stream)
				.anyMatch(nic -> nic.getNetwork() == network);
		declared.put("driver", sharedWithVms ? "macvlan" : "bridge");
		declared.put("labels", YamlWriter.map("dev.berth.deployment", DeploymentNames.of(network).orElse(""),
				"dev.berth.machine", Machines.name(machine)));
		if (sharedWithVms) {
			declared.put("driver_opts", YamlWriter.map("parent", Bridges.of(network)));
		}
		Cidr.parse(network.getSubnet()).ifPresent(subnet -> {
			Map<String, Object> pool = YamlWriter.map("subnet", subnet.toString());
			if (sharedWithVms) {
				secondQuarter(subnet).ifPresent(range -> pool.put("ip_range", range.toString()));
			}
			if (network.getGateway() != null) {
				pool.put("gateway", network.getGateway());
			}
			declared.put("ipam", YamlWriter.map("config", List.of(pool)));
		});
		return declared;
	}

	/**
	 * The addresses Docker may give containers on a segment shared with VMs: the second quarter of
	 * the subnet, apart from libvirt's DHCP range (the upper half) and the low addresses that fixed
	 * IPs usually take.
	 */
	private static Optional<Cidr> secondQuarter(Cidr subnet) {
		int bits = subnet.network().bits();
		if (subnet.prefix() > bits - 4) {
			return Optional.empty();
		}
		BigInteger quarter = BigInteger.ONE.shiftLeft(bits - subnet.prefix() - 2);
		return Optional.of(new Cidr(new IpAddress(subnet.network().value().add(quarter), bits), subnet.prefix() + 2));
	}

	/** Whether a service joins Compose's default network, which then carries the deployment's labels too. */
	private static boolean usesDefaultNetwork(Collection<Object> services) {
		return services.stream().map(service -> ((Map<?, ?>) service).get("networks"))
				.anyMatch(networks -> networks == null || networks instanceof Collection<?> list && list.contains("default")
						|| networks instanceof Map<?, ?> map && map.containsKey("default"));
	}

	/** The labels of a machine's networks and volumes: the deployments of its workloads and the machine. */
	private static Map<String, Object> labels(Site site, Machine machine) {
		Map<String, Object> labels = new LinkedHashMap<>();
		site.containersOn(machine).stream().map(i -> DeploymentNames.of(i.container())).flatMap(Optional::stream)
				.findFirst().ifPresent(name -> labels.put("dev.berth.deployment", name));
		labels.put("dev.berth.machine", Machines.name(machine));
		return labels;
	}
}
