package dev.berth.diagram;

import static dev.berth.diagram.TopologyGraph.KIND;
import static dev.berth.diagram.TopologyGraph.LABEL;
import static dev.berth.diagram.TopologyGraph.LINE;
import static dev.berth.diagram.TopologyGraph.PAD;

import dev.berth.model.Site;
import java.util.Locale;
import java.util.StringJoiner;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;

/** {@code topology.svg}: the laid-out topology graph drawn as boxes, labels and edge polylines, with a legend. */
public final class TopologySvg {

	private static final String DEFS = "<defs><marker id=\"berth-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
			+ "markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>";

	private final StringBuilder svg = new StringBuilder();

	private TopologySvg() {
	}

	public static String render(Site site) {
		ElkNode graph = TopologyLayout.apply(TopologyGraph.of(site));
		TopologySvg writer = new TopologySvg();
		graph.getChildren().forEach(child -> writer.box(child, 0, 0));
		writer.edges(graph, 0, 0);
		double top = graph.getHeight();
		int hidden = site.hosts().size() - Math.min(site.hosts().size(), TopologyGraph.MAX_HOSTS);
		if (hidden > 0) {
			writer.text("note", 20, top, "and " + hidden + " more hosts, left out to keep the drawing readable; "
					+ "topology.dot has them all");
			top += 2 * LINE;
		}
		double width = Math.max(graph.getWidth(), TopologyLegend.WIDTH + 40);
		double height = top + TopologyLegend.HEIGHT + 20;
		TopologyLegend.draw(writer.svg, 20, top);
		return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
				+ "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"12\">", Math.ceil(width), Math.ceil(height),
				Math.ceil(width), Math.ceil(height)) + DEFS + writer.svg + "</svg>\n";
	}

	private void box(ElkNode node, double offsetX, double offsetY) {
		String kind = node.getProperty(KIND);
		double x = offsetX + node.getX();
		double y = offsetY + node.getY();
		String cssClass = kind.equals("host") || kind.equals("vm") ? "machine" : kind.equals("network") ? "network" : "workload";
		svg.append(String.format(Locale.ROOT, "<rect class=\"%s\" data-id=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
				+ "height=\"%.1f\" rx=\"%d\" fill=\"%s\" stroke=\"%s\"/>", cssClass, escape(node.getIdentifier()), x, y, node.getWidth(),
				node.getHeight(), kind.equals("network") ? 12 : 4, fill(kind), stroke(kind)));
		String[] lines = node.getProperty(LABEL).split("\n");
		for (int i = 0; i < lines.length; i++) {
			text(node.getChildren().isEmpty() ? "label" : "title", x + PAD, y + PAD + LINE * (i + 1) - 4, lines[i]);
		}
		node.getChildren().forEach(child -> box(child, x, y));
	}

	private void edges(ElkNode container, double offsetX, double offsetY) {
		for (ElkEdge edge : container.getContainedEdges()) {
			for (ElkEdgeSection section : edge.getSections()) {
				StringJoiner points = new StringJoiner(" ");
				points.add(point(offsetX + section.getStartX(), offsetY + section.getStartY()));
				section.getBendPoints().forEach(bend -> points.add(point(offsetX + bend.getX(), offsetY + bend.getY())));
				points.add(point(offsetX + section.getEndX(), offsetY + section.getEndY()));
				String kind = edge.getProperty(KIND);
				svg.append(String.format(Locale.ROOT, "<polyline class=\"edge %s\" data-source=\"%s\" data-target=\"%s\" "
						+ "points=\"%s\" %s/>", kind, escape(edge.getSources().get(0).getIdentifier()),
						escape(edge.getTargets().get(0).getIdentifier()), points, TopologyLegend.style(kind)));
			}
		}
		for (ElkNode child : container.getChildren()) {
			edges(child, offsetX + child.getX(), offsetY + child.getY());
		}
	}

	private void text(String cssClass, double x, double y, String text) {
		svg.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\"%s>%s</text>", cssClass, x, y,
				cssClass.equals("title") ? " font-weight=\"bold\"" : "", escape(text)));
	}

	private static String point(double x, double y) {
		return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
	}

	private static String fill(String kind) {
		return switch (kind) {
			case "host" -> "#f5f8fc";
			case "vm" -> "#eaf2e3";
			case "network" -> "#fdf6e3";
			default -> "#ffffff";
		};
	}

	private static String stroke(String kind) {
		return kind.equals("network") ? "#b58900" : kind.equals("host") || kind.equals("vm") ? "#3b6ea5" : "#666";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
