package dev.berth.model;

import dev.berth.berth.Balancer;
import dev.berth.berth.Container;
import dev.berth.berth.Deployment;
import dev.berth.berth.Element;
import dev.berth.berth.Host;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Vm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Everything one command (or one editor workspace) sees: the elements of every file, in the
 * order of files and then of declarations, indexed by the machine they run on.
 */
public final class Site {

	/** The instances of a container on one machine. */
	public record Instances(Container container, Placement placement) {
	}

	private final List<Element> elements = new ArrayList<>();
	private final Map<Element, Integer> order = new IdentityHashMap<>();
	private final Map<Machine, List<Vm>> vmsOn = new IdentityHashMap<>();
	private final Map<Machine, List<Instances>> containersOn = new IdentityHashMap<>();
	private final Map<Machine, List<Balancer>> balancersOn = new IdentityHashMap<>();
	private final Map<Object, Object> facts = new ConcurrentHashMap<>();

	private Site() {
	}

	/** The site of every Berth file in a resource set, built again only when one of them changed. */
	public static Site of(ResourceSet resources) {
		return SiteCache.get(resources, Site::of);
	}

	/** The site an object belongs to: every file of its resource set, or its own file alone. */
	public static Site of(EObject object) {
		Resource resource = object.eResource();
		return resource.getResourceSet() != null ? of(resource.getResourceSet()) : of(List.of(resource));
	}

	private static Site of(List<Resource> resources) {
		Site site = new Site();
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Deployment deployment) {
					deployment.getElements().forEach(site::add);
				}
			}
		}
		return site;
	}

	private void add(Element element) {
		order.put(element, elements.size());
		elements.add(element);
		if (element instanceof Vm vm && isResolved(vm.getMachine())) {
			vmsOn.computeIfAbsent(vm.getMachine(), k -> new ArrayList<>()).add(vm);
		} else if (element instanceof Container container) {
			for (Placement placement : Replicas.placements(container)) {
				if (placement.instances() == 0) {
					continue;
				}
				containersOn.computeIfAbsent(placement.machine(), k -> new ArrayList<>())
						.add(new Instances(container, placement));
			}
		} else if (element instanceof Balancer balancer && isResolved(balancer.getMachine())) {
			balancersOn.computeIfAbsent(balancer.getMachine(), k -> new ArrayList<>()).add(balancer);
		}
	}

	private static boolean isResolved(EObject object) {
		return object != null && !object.eIsProxy();
	}

	/** Every element, in site order. */
	public List<Element> elements() {
		return elements;
	}

	/** Every element of a kind, in site order. */
	public <T extends Element> List<T> all(Class<T> type) {
		return elements.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The hosts. */
	public List<Host> hosts() {
		return all(Host.class);
	}

	/** The networks. */
	public List<Network> networks() {
		return all(Network.class);
	}

	/** Where an element stands in site order: earlier files first, then earlier declarations. */
	public int order(Element element) {
		return order.getOrDefault(element, Integer.MAX_VALUE);
	}

	/** The VMs placed directly on a machine. */
	public List<Vm> vmsOn(Machine machine) {
		return vmsOn.getOrDefault(machine, List.of());
	}

	/** The container instances placed on a machine, for each container that has at least one there. */
	public List<Instances> containersOn(Machine machine) {
		return containersOn.getOrDefault(machine, List.of());
	}

	/** The balancers placed on a machine. */
	public List<Balancer> balancersOn(Machine machine) {
		return balancersOn.getOrDefault(machine, List.of());
	}

	/**
	 * A fact about the site computed once and kept as long as the site: its owner keys it, for
	 * example by the class that computes it.
	 */
	@SuppressWarnings("unchecked")
	public <T> T fact(Object key, Supplier<T> compute) {
		Object value = facts.get(key);
		if (value == null) {
			value = compute.get();
			facts.put(key, value);
		}
		return (T) value;
	}

	/** Groups the elements by a key, each group in site order. */
	public <K> Map<K, List<Element>> groupBy(Function<Element, K> key) {
		Map<K, List<Element>> groups = new HashMap<>();
		for (Element element : elements) {
			K k = key.apply(element);
			if (k != null) {
				groups.computeIfAbsent(k, x -> new ArrayList<>()).add(element);
			}
		}
		return groups;
	}
}
