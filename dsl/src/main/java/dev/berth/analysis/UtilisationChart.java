package dev.berth.analysis;

/** An inline SVG bar chart of a machine's memory, CPU and disk use, as modelled and with the recommended forms. */
final class UtilisationChart {

	private static final int WIDTH = 520;
	private static final int ROW = 26;
	private static final int LABEL = 150;
	private static final int BAR = WIDTH - LABEL - 60;

	private UtilisationChart() {
	}

	static String render(MachineUse use) {
		StringBuilder svg = new StringBuilder();
		int height = ROW * 6 + 10;
		svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
				.append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"utilisation\">");
		int y = 5;
		y = pair(svg, y, "memory", ratio(use.used().memoryBytes(), use.memoryBytes()),
				ratio(use.switched().memoryBytes(), use.memoryBytes()));
		y = pair(svg, y, "cpu", ratio(use.used().cpu(), use.cpu()), ratio(use.switched().cpu(), use.cpu()));
		pair(svg, y, "disk", ratio(use.used().diskBytes(), use.diskBytes()),
				ratio(use.switched().diskBytes(), use.diskBytes()));
		return svg.append("</svg>").toString();
	}

	private static int pair(StringBuilder svg, int y, String resource, double modelled, double switched) {
		bar(svg, y, resource + " as modelled", modelled, "#3b6ea5");
		bar(svg, y + ROW, resource + " recommended", switched, "#6aa84f");
		return y + 2 * ROW;
	}

	private static void bar(StringBuilder svg, int y, String label, double ratio, String colour) {
		text(svg, 0, y + 15, label);
		svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(BAR)
				.append("\" height=\"18\" fill=\"#eee\"/>");
		if (ratio >= 0) {
			int width = (int) Math.round(Math.min(1, ratio) * BAR);
			String fill = ratio > 1 ? "#cc0000" : colour;
			svg.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
					.append(width).append("\" height=\"18\" fill=\"").append(fill).append("\"/>");
		}
		text(svg, LABEL + BAR + 6, y + 15, ratio < 0 ? "n/a" : Math.round(ratio * 100) + "%");
	}

	private static void text(StringBuilder svg, int x, int y, String text) {
		svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"12\">").append(text)
				.append("</text>");
	}

	private static double ratio(double used, double capacity) {
		return capacity <= 0 ? -1 : used / capacity;
	}
}
