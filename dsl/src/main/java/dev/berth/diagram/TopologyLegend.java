package dev.berth.diagram;

import java.util.Locale;

/** The drawing's legend and the line style of each kind of edge, so that both always agree. */
final class TopologyLegend {

	static final double WIDTH = 760;
	static final double HEIGHT = 24;
	private static final String[][] ENTRIES = {
			{"attach", "joins a network"}, {"balances", "balancer to its target"}, {"depends", "depends on"}};

	private TopologyLegend() {
	}

	/** The SVG attributes that draw an edge of the kind. */
	static String style(String kind) {
		return switch (kind) {
			case "attach" -> "fill=\"none\" stroke=\"#b58900\" stroke-dasharray=\"6 4\"";
			case "balances" -> "fill=\"none\" stroke=\"#333\" stroke-width=\"1.5\" marker-end=\"url(#berth-arrow)\"";
			default -> "fill=\"none\" stroke=\"#a33\" stroke-dasharray=\"2 3\" marker-end=\"url(#berth-arrow)\"";
		};
	}

	/** One row at (x, y): a sample line per kind of edge, and what nesting means. */
	static void draw(StringBuilder svg, double x, double y) {
		svg.append("<g class=\"legend\">");
		double at = x;
		for (String[] entry : ENTRIES) {
			svg.append(String.format(Locale.ROOT, "<polyline class=\"legend-%s\" points=\"%.1f,%.1f %.1f,%.1f\" %s/>", entry[0],
					at, y + 12, at + 40, y + 12, style(entry[0])));
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", at + 48, y + 16, entry[1]));
			at += 48 + TopologyGraph.width(entry[1]) + 16;
		}
		svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text></g>", at, y + 16,
				"a box inside a machine runs on it"));
	}
}
