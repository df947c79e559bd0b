package dev.berth.analysis;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * An inline SVG chart of one workload's forms side by side: memory, CPU, disk, start time (on a log
 * scale, as the forms differ a hundredfold) and isolation level, one bar per form, labelled with its value.
 */
final class WorkloadChart {

	private static final int WIDTH = 760;
	private static final int LABEL = 110;
	private static final int VALUE = 270;
	private static final int BAR_HEIGHT = 14;
	private static final int BAR = WIDTH - LABEL - VALUE;

	private WorkloadChart() {
	}

	static String render(Comparison comparison) {
		List<Footprint> forms = comparison.forms();
		int group = forms.size() * (BAR_HEIGHT + 2) + 10;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg class=\"workload-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
				.append("\" height=\"").append(group * 5 + 4).append("\" role=\"img\" aria-label=\"")
				.append(Html.escape(Summary.name(comparison.workload()) + ": its forms side by side")).append("\">");
		int y = 2;
		y = group(svg, y, "memory", forms, footprint -> footprint.memory().value(), false,
				footprint -> footprint.memory().text());
		y = group(svg, y, "cpu", forms, footprint -> footprint.cpu().value(), false, footprint -> footprint.cpu().text());
		y = group(svg, y, "disk", forms, footprint -> footprint.disk().value(), false,
				footprint -> footprint.disk().text());
		y = group(svg, y, "start (log)", forms, footprint -> footprint.start().value(), true,
				footprint -> footprint.start().text());
		group(svg, y, "isolation", forms, Footprint::isolationLevel, false,
				footprint -> "level " + footprint.isolationLevel());
		return svg.append("</svg>").toString();
	}

	private static int group(StringBuilder svg, int y, String label, List<Footprint> forms,
			ToDoubleFunction<Footprint> value, boolean log, Function<Footprint, String> text) {
		double max = forms.stream().mapToDouble(value).map(v -> scale(v, log)).max().orElse(0);
		svg.append("<text x=\"0\" y=\"").append(y + BAR_HEIGHT - 2).append("\" font-size=\"12\" font-weight=\"bold\">")
				.append(label).append("</text>");
		int row = y;
		for (Footprint form : forms) {
			double ratio = max <= 0 ? 0 : scale(value.applyAsDouble(form), log) / max;
			int width = Math.max(ratio > 0 ? 2 : 0, (int) Math.round(ratio * BAR));
			svg.append("<rect class=\"bar ").append(cssClass(form)).append("\" x=\"").append(LABEL).append("\" y=\"")
					.append(row).append("\" width=\"").append(width).append("\" height=\"").append(BAR_HEIGHT)
					.append("\" fill=\"").append(colour(form)).append("\"><title>").append(Html.escape(form.label()))
					.append("</title></rect>");
			svg.append("<text x=\"").append(LABEL + width + 4).append("\" y=\"").append(row + BAR_HEIGHT - 3)
					.append("\" font-size=\"11\">").append(Html.escape(text.apply(form) + ", " + form.form().label()))
					.append("</text>");
			row += BAR_HEIGHT + 2;
		}
		return y + forms.size() * (BAR_HEIGHT + 2) + 10;
	}

	private static double scale(double value, boolean log) {
		return log ? Math.log10(1 + value) : value;
	}

	static String cssClass(Footprint form) {
		return switch (form.form()) {
			case VM -> "vm";
			case CONTAINER -> "container";
			case SANDBOXED -> "sandboxed";
		};
	}

	static String colour(Footprint form) {
		return switch (form.form()) {
			case VM -> "#3b6ea5";
			case CONTAINER -> "#6aa84f";
			case SANDBOXED -> "#e69138";
		};
	}
}
