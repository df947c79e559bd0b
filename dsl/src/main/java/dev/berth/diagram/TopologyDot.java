package dev.berth.diagram;

import dev.berth.berth.Balancer;
import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.Host;
import dev.berth.berth.Interface;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Target;
import dev.berth.berth.Vm;
import dev.berth.berth.Workload;
import dev.berth.model.Dependencies;
import dev.berth.model.Machines;
import dev.berth.model.Placement;
import dev.berth.model.Replicas;
import dev.berth.model.Site;
import java.util.List;

/**
 * {@code topology.dot}: hosts as clusters, VMs inside their hosts (as clusters when they run
 * workloads themselves), containers inside their machines, networks, balancers with edges to their
 * targets, and dependencies.
 */
public final class TopologyDot {

	private final Site site;
	private final StringBuilder dot = new StringBuilder();

	private TopologyDot(Site site) {
		this.site = site;
	}

	public static String render(Site site) {
		return new TopologyDot(site).build();
	}

	private String build() {
		// newrank ranks the whole graph at once: ranking cluster by cluster, Graphviz 2.42 fails with "trouble in
		// init_rank" when labelled edges cross clusters.
		dot.append("digraph topology {\n  compound=true;\n  newrank=true;\n  rankdir=LR;\n")
				.append("  node [shape=box, fontname=\"Helvetica\"];\n");
		for (Host host : site.hosts()) {
			machine(host, "  ");
		}
		for (Network network : site.networks()) {
			dot.append("  ").append(id("network", network.getName())).append(" [shape=ellipse, label=")
					.append(quote("network " + network.getName() + (network.getSubnet() == null ? "" : "\n" + network.getSubnet())))
					.append("];\n");
		}
		edges();
		return dot.append("}\n").toString();
	}

	private void machine(Machine machine, String indent) {
		dot.append(indent).append("subgraph ").append(id("cluster", Machines.name(machine))).append(" {\n");
		String label = (machine instanceof Host ? "host " : "vm ") + Machines.name(machine) + " ("
				+ Machines.hypervisor(machine).getLiteral() + ", " + Machines.runtime(machine).getLiteral() + ")";
		dot.append(indent).append("  label=").append(quote(label)).append(";\n");
		dot.append(indent).append("  ").append(id("machine", Machines.name(machine))).append(" [shape=point, style=invis];\n");
		for (Vm vm : site.vmsOn(machine)) {
			if (!site.vmsOn(vm).isEmpty() || !site.containersOn(vm).isEmpty() || !site.balancersOn(vm).isEmpty()) {
				machine(vm, indent + "  ");
			} else {
				dot.append(indent).append("  ").append(id("vm", vm.getName())).append(" [label=").append(quote("vm " + vm.getName()))
						.append("];\n");
			}
		}
		for (Site.Instances instances : site.containersOn(machine)) {
			Placement placement = instances.placement();
			dot.append(indent).append("  ").append(containerId(instances.container(), machine)).append(" [label=")
					.append(quote("container " + instances.container().getName() + " x" + placement.instances()))
					.append(", shape=component];\n");
		}
		for (Balancer balancer : site.balancersOn(machine)) {
			dot.append(indent).append("  ").append(id("balancer", balancer.getName())).append(" [label=")
					.append(quote("balancer " + balancer.getName())).append(", shape=diamond];\n");
		}
		dot.append(indent).append("}\n");
	}

	private void edges() {
		for (Vm vm : site.all(Vm.class)) {
			for (Interface nic : vm.getInterfaces()) {
				if (nic.getNetwork() != null && !nic.getNetwork().eIsProxy()) {
					dot.append("  ").append(node(vm)).append(" -> ").append(id("network", nic.getNetwork().getName()))
							.append(" [arrowhead=none, style=dashed").append(lhead(vm)).append("];\n");
				}
			}
		}
		for (Balancer balancer : site.all(Balancer.class)) {
			for (Target target : balancer.getTargets()) {
				for (String targetId : nodes(target.getWorkload())) {
					dot.append("  ").append(id("balancer", balancer.getName())).append(" -> ").append(targetId).append(";\n");
				}
			}
		}
		for (Element element : site.elements()) {
			for (Element dependency : Dependencies.targets(element)) {
				for (String from : nodes((Workload) element)) {
					for (String to : nodes((Workload) dependency)) {
						dot.append("  ").append(from).append(" -> ").append(to).append(" [style=dotted, label=\"depends on\"];\n");
					}
				}
			}
		}
	}

	private String lhead(Vm vm) {
		return isCluster(vm) ? ", ltail=" + id("cluster", vm.getName()) : "";
	}

	private boolean isCluster(Vm vm) {
		return !site.vmsOn(vm).isEmpty() || !site.containersOn(vm).isEmpty() || !site.balancersOn(vm).isEmpty();
	}

	private String node(Vm vm) {
		return isCluster(vm) ? id("machine", vm.getName()) : id("vm", vm.getName());
	}

	private List<String> nodes(Workload workload) {
		if (workload == null || workload.eIsProxy()) {
			return List.of();
		}
		if (workload instanceof Container container) {
			return Replicas.placements(container).stream().filter(p -> p.instances() > 0)
					.map(p -> containerId(container, p.machine())).toList();
		}
		if (workload instanceof Vm vm) {
			return List.of(node(vm));
		}
		return List.of(id("balancer", ((Balancer) workload).getName()));
	}

	private static String containerId(Container container, Machine machine) {
		return id("container", container.getName() + "@" + Machines.name(machine));
	}

	private static String id(String kind, String name) {
		return quote(kind + ":" + name);
	}

	/** A DOT string: backslashes and quotes escaped, line breaks as DOT's {@code \n}. */
	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}
}
