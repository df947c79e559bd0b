package dev.berth.validation;

import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.Vm;
import dev.berth.berth.Workload;
import dev.berth.model.Site;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strongly connected components of the {@code depends on} graph (Tarjan's algorithm, without
 * recursion so that long chains do not exhaust the stack); a dependency inside one is in a cycle.
 */
final class DependencyCycles {

	private final Map<Element, Integer> component = new IdentityHashMap<>();
	private final Map<Element, List<Element>> edges = new IdentityHashMap<>();

	private DependencyCycles() {
	}

	/** The workloads a workload depends on, resolved ones only. */
	static List<Element> dependencies(Element workload) {
		List<Workload> targets = workload instanceof Vm vm ? vm.getDependsOn()
				: workload instanceof Container container ? container.getDependsOn() : List.of();
		return targets.stream().filter(t -> !t.eIsProxy()).map(Element.class::cast).toList();
	}

	static DependencyCycles of(Site site) {
		DependencyCycles cycles = new DependencyCycles();
		for (Element element : site.elements()) {
			List<Element> targets = dependencies(element);
			if (!targets.isEmpty()) {
				cycles.edges.put(element, targets);
			}
		}
		new Tarjan(cycles.component, cycles.edges).run(site.elements());
		return cycles;
	}

	/** Whether the dependency from one workload to another closes a cycle. */
	boolean inCycle(Element from, Element to) {
		return from == to || (component.containsKey(from) && component.get(from).equals(component.get(to)));
	}

	/** A shortest path of dependencies from one workload to another, both included, within their component. */
	List<Element> path(Element from, Element to) {
		Map<Element, Element> previous = new HashMap<>();
		Deque<Element> queue = new ArrayDeque<>(List.of(from));
		previous.put(from, from);
		while (!queue.isEmpty() && !previous.containsKey(to)) {
			Element current = queue.poll();
			for (Element next : edges.getOrDefault(current, List.of())) {
				if (!previous.containsKey(next) && inCycle(from, next)) {
					previous.put(next, current);
					queue.add(next);
				}
			}
		}
		List<Element> path = new ArrayList<>();
		for (Element step = to; step != from; step = previous.get(step)) {
			path.add(step);
		}
		path.add(from);
		Collections.reverse(path);
		return path;
	}

	/** Tarjan's algorithm over an explicit stack of frames. */
	private static final class Tarjan {

		private record Frame(Element node, List<Element> edges, int[] next) {
		}

		private final Map<Element, Integer> component;
		private final Map<Element, List<Element>> edges;
		private final Map<Element, Integer> index = new IdentityHashMap<>();
		private final Map<Element, Integer> low = new IdentityHashMap<>();
		private final Deque<Element> stack = new ArrayDeque<>();
		private final Map<Element, Boolean> onStack = new IdentityHashMap<>();
		private int counter;
		private int components;

		Tarjan(Map<Element, Integer> component, Map<Element, List<Element>> edges) {
			this.component = component;
			this.edges = edges;
		}

		void run(List<Element> nodes) {
			for (Element node : nodes) {
				if (!index.containsKey(node) && edges.containsKey(node)) {
					visit(node);
				}
			}
		}

		private void visit(Element root) {
			Deque<Frame> frames = new ArrayDeque<>();
			frames.push(open(root));
			while (!frames.isEmpty()) {
				Frame frame = frames.peek();
				if (frame.next()[0] < frame.edges().size()) {
					Element next = frame.edges().get(frame.next()[0]++);
					if (!index.containsKey(next)) {
						frames.push(open(next));
					} else if (onStack.getOrDefault(next, false)) {
						low.put(frame.node(), Math.min(low.get(frame.node()), index.get(next)));
					}
					continue;
				}
				frames.pop();
				if (!frames.isEmpty()) {
					Element parent = frames.peek().node();
					low.put(parent, Math.min(low.get(parent), low.get(frame.node())));
				}
				if (low.get(frame.node()).equals(index.get(frame.node()))) {
					close(frame.node());
				}
			}
		}

		private Frame open(Element node) {
			index.put(node, counter);
			low.put(node, counter++);
			stack.push(node);
			onStack.put(node, true);
			return new Frame(node, edges.getOrDefault(node, List.of()), new int[] { 0 });
		}

		private void close(Element root) {
			Element member;
			do {
				member = stack.pop();
				onStack.put(member, false);
				component.put(member, components);
			} while (member != root);
			components++;
		}
	}
}
