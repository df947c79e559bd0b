package dev.berth.diagram;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;

/** Places the boxes and routes the edges of a topology graph with ELK's layered algorithm, in plain Java. */
final class TopologyLayout {

	private TopologyLayout() {
	}

	/** Lays the graph out in place: left to right, nested boxes and edges across them in one pass, orthogonal edges. */
	static ElkNode apply(ElkNode graph) {
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		graph.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		graph.setProperty(CoreOptions.SPACING_EDGE_NODE, 12.0);
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
		return graph;
	}
}
