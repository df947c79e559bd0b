package dev.berth.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The strongly connected components of a directed graph, such as the {@code depends on} graph of
 * workloads or the order it puts on machines (Tarjan's algorithm, without recursion so that long
 * chains do not exhaust the stack); an edge inside one is in a cycle.
 */
final class Cycles<T> {

	private static final int MAX_NAMES = 12;

	private final Map<T, Integer> component = new IdentityHashMap<>();
	private final Map<T, List<T>> edges = new IdentityHashMap<>();

	private Cycles() {
	}

	/** The components of the graph of the nodes and the edges that leave each. */
	static <T> Cycles<T> of(Collection<T> nodes, Function<T, List<T>> successors) {
		Cycles<T> cycles = new Cycles<>();
		for (T node : nodes) {
			List<T> next = successors.apply(node);
			if (!next.isEmpty()) {
				cycles.edges.put(node, next);
			}
		}
		new Tarjan<>(cycles.component, cycles.edges).run(nodes);
		return cycles;
	}

	/** Whether the edge from one node to another closes a cycle. */
	boolean inCycle(T from, T to) {
		return from == to || (component.containsKey(from) && component.get(from).equals(component.get(to)));
	}

	/** A shortest path of edges from one node to another, both included, within their component. */
	List<T> path(T from, T to) {
		Map<T, T> previous = new IdentityHashMap<>();
		Deque<T> queue = new ArrayDeque<>(List.of(from));
		previous.put(from, from);
		while (!queue.isEmpty() && !previous.containsKey(to)) {
			T current = queue.poll();
			for (T next : edges.getOrDefault(current, List.of())) {
				if (!previous.containsKey(next) && inCycle(from, next)) {
					previous.put(next, current);
					queue.add(next);
				}
			}
		}
		List<T> path = new ArrayList<>();
		for (T step = to; step != from; step = previous.get(step)) {
			path.add(step);
		}
		path.add(from);
		Collections.reverse(path);
		return path;
	}

	/** The names along a cycle joined by arrows; a long one keeps its ends and says how many names it leaves out. */
	static String chain(List<String> names) {
		List<String> shown = names;
		if (names.size() > MAX_NAMES) {
			int keep = MAX_NAMES / 2;
			shown = new ArrayList<>(names.subList(0, keep));
			shown.add("(" + (names.size() - 2 * keep) + " more)");
			shown.addAll(names.subList(names.size() - keep, names.size()));
		}
		return String.join(" -> ", shown);
	}

	/** Tarjan's algorithm over an explicit stack of frames. */
	private static final class Tarjan<T> {

		private record Frame<T>(T node, List<T> edges, int[] next) {
		}

		private final Map<T, Integer> component;
		private final Map<T, List<T>> edges;
		private final Map<T, Integer> index = new IdentityHashMap<>();
		private final Map<T, Integer> low = new IdentityHashMap<>();
		private final Deque<T> stack = new ArrayDeque<>();
		private final Map<T, Boolean> onStack = new IdentityHashMap<>();
		private int counter;
		private int components;

		Tarjan(Map<T, Integer> component, Map<T, List<T>> edges) {
			this.component = component;
			this.edges = edges;
		}

		void run(Collection<T> nodes) {
			for (T node : nodes) {
				if (!index.containsKey(node) && edges.containsKey(node)) {
					visit(node);
				}
			}
		}

		private void visit(T root) {
			Deque<Frame<T>> frames = new ArrayDeque<>();
			frames.push(open(root));
			while (!frames.isEmpty()) {
				Frame<T> frame = frames.peek();
				if (frame.next()[0] < frame.edges().size()) {
					T next = frame.edges().get(frame.next()[0]++);
					if (!index.containsKey(next)) {
						frames.push(open(next));
					} else if (onStack.getOrDefault(next, false)) {
						low.put(frame.node(), Math.min(low.get(frame.node()), index.get(next)));
					}
					continue;
				}
				frames.pop();
				if (!frames.isEmpty()) {
					T parent = frames.peek().node();
					low.put(parent, Math.min(low.get(parent), low.get(frame.node())));
				}
				if (low.get(frame.node()).equals(index.get(frame.node()))) {
					close(frame.node());
				}
			}
		}

		private Frame<T> open(T node) {
			index.put(node, counter);
			low.put(node, counter++);
			stack.push(node);
			onStack.put(node, true);
			return new Frame<>(node, edges.getOrDefault(node, List.of()), new int[] { 0 });
		}

		private void close(T root) {
			T member;
			do {
				member = stack.pop();
				onStack.put(member, false);
				component.put(member, components);
			} while (member != root);
			components++;
		}
	}
}
