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
import dev.berth.model.Dependencies;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.properties.IProperty;
import org.eclipse.elk.graph.properties.Property;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The site as an ELK graph before layout: machines hold their workloads as nested boxes, and edges join
 * networks, balancer targets and dependencies.
 */
final class TopologyGraph {

	/** What a box or an edge stands for: {@code host, vm, container, balancer, network}; {@code attach, balances, depends}. */
	static final IProperty<String> KIND = new Property<>("berth.kind", "");
	/** A box's text, one line per line; its first line is the title of a box holding others. */
	static final IProperty<String> LABEL = new Property<>("berth.label", "");
	static final int MAX_HOSTS = 50;
	/** Text metrics of the drawing's 12-pixel sans-serif: line height, padding, an average glyph's width. */
	static final double LINE = 16;
	static final double PAD = 6;
	static final double CHAR = 7.2;

	private final Site site;
	private final ElkNode root = ElkGraphUtil.createGraph();
	private final Map<EObject, List<ElkNode>> nodes = new HashMap<>();
	private final Map<Network, ElkNode> networks = new HashMap<>();

	private TopologyGraph(Site site) {
		this.site = site;
	}

	/** The graph of the first {@value #MAX_HOSTS} hosts, what they run and the networks they join. */
	static ElkNode of(Site site) {
		return new TopologyGraph(site).build();
	}

	private ElkNode build() {
		List<Host> hosts = site.hosts();
		if (hosts.size() <= MAX_HOSTS) {
			site.networks().forEach(this::network);
		}
		hosts.stream().limit(MAX_HOSTS).forEach(host -> machine(host, root));
		for (Element element : site.elements()) {
			for (ElkNode from : nodes.getOrDefault(element, List.of())) {
				attachments(element).forEach(network -> edge("attach", from, network(network)));
				for (Element dependency : Dependencies.targets(element)) {
					nodes.getOrDefault(dependency, List.of()).forEach(to -> edge("depends", from, to));
				}
				if (element instanceof Balancer balancer) {
					for (Target target : balancer.getTargets()) {
						nodes.getOrDefault(target.getWorkload(), List.of()).forEach(to -> edge("balances", from, to));
					}
				}
			}
		}
		return root;
	}

	private void machine(Machine machine, ElkNode parent) {
		String kind = machine instanceof Host ? "host" : "vm";
		ElkNode node = box(parent, kind, Machines.name(machine), kind + " " + Machines.name(machine));
		nodes.computeIfAbsent(machine, m -> new ArrayList<>()).add(node);
		site.vmsOn(machine).forEach(vm -> machine(vm, node));
		for (Site.Instances instances : site.containersOn(machine)) {
			Container container = instances.container();
			ElkNode box = box(node, "container", container.getName() + "@" + Machines.name(machine),
					"container " + container.getName() + " x" + instances.placement().instances());
			nodes.computeIfAbsent(container, c -> new ArrayList<>()).add(box);
		}
		for (Balancer balancer : site.balancersOn(machine)) {
			nodes.computeIfAbsent(balancer, b -> new ArrayList<>()).add(box(node, "balancer", balancer.getName(),
					"balancer " + balancer.getName()));
		}
		if (kind.equals("host")) {
			String title = kind + " " + Machines.name(machine) + " (" + Machines.hypervisor(machine).getLiteral() + ", "
					+ Machines.runtime(machine).getLiteral() + ")";
			node.setProperty(LABEL, title);
		}
		if (!node.getChildren().isEmpty()) {
			String title = node.getProperty(LABEL);
			node.setProperty(CoreOptions.PADDING, new ElkPadding(LINE + 2 * PAD, 2 * PAD, 2 * PAD, 2 * PAD));
			node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width(title), LINE + 2 * PAD));
		}
	}

	private List<Network> attachments(Element element) {
		List<Network> joined = new ArrayList<>();
		if (element instanceof Vm vm) {
			vm.getInterfaces().stream().map(Interface::getNetwork).forEach(joined::add);
		} else if (element instanceof Container container) {
			joined.addAll(container.getNetworks());
		} else if (element instanceof Balancer balancer) {
			joined.addAll(balancer.getNetworks());
		}
		return joined.stream().filter(network -> network != null && !network.eIsProxy()).distinct().toList();
	}

	private ElkNode network(Network network) {
		return networks.computeIfAbsent(network, n -> {
			String label = "network " + n.getName() + (n.getSubnet() == null ? "" : "\n" + n.getSubnet());
			return box(root, "network", n.getName(), label);
		});
	}

	/** A box whose identifier is its kind and name ({@code container:web@node1} for a container's instances on a machine). */
	private static ElkNode box(ElkNode parent, String kind, String name, String label) {
		ElkNode node = ElkGraphUtil.createNode(parent);
		node.setIdentifier(kind + ":" + name);
		node.setProperty(KIND, kind);
		node.setProperty(LABEL, label);
		node.setDimensions(width(label), label.split("\n").length * LINE + 2 * PAD);
		return node;
	}

	private static void edge(String kind, ElkNode from, ElkNode to) {
		ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
		edge.setProperty(KIND, kind);
	}

	/** The width a label needs: its longest line at an average glyph width, and padding. */
	static double width(String label) {
		int longest = 0;
		for (String line : label.split("\n")) {
			longest = Math.max(longest, line.length());
		}
		return Math.ceil(longest * CHAR + 2 * PAD);
	}
}
