package dev.berth.diagram;

import dev.berth.berth.Balancer;
import dev.berth.berth.Host;
import dev.berth.berth.Machine;
import dev.berth.berth.Vm;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code topology.svg}, drawn without external programs: hosts as boxes in a grid, their VMs and
 * containers listed inside (a VM's own workloads indented below it). Past {@value #MAX_HOSTS}
 * hosts the rest are counted in a note instead of drawn.
 */
public final class TopologySvg {

	static final int MAX_HOSTS = 200;
	private static final int BOX_WIDTH = 280;
	private static final int LINE = 16;
	private static final int GAP = 20;

	private TopologySvg() {
	}

	public static String render(Site site) {
		List<Host> hosts = site.hosts();
		List<Host> drawn = hosts.subList(0, Math.min(MAX_HOSTS, hosts.size()));
		int columns = Math.max(1, (int) Math.ceil(Math.sqrt(drawn.size())));
		StringBuilder body = new StringBuilder();
		int y = GAP;
		int width = GAP;
		for (int row = 0; row * columns < drawn.size(); row++) {
			int rowHeight = 0;
			for (int column = 0; column < columns && row * columns + column < drawn.size(); column++) {
				List<String> lines = lines(site, drawn.get(row * columns + column));
				int x = GAP + column * (BOX_WIDTH + GAP);
				int height = LINE * (lines.size() + 1);
				box(body, x, y, height, lines);
				rowHeight = Math.max(rowHeight, height);
				width = Math.max(width, x + BOX_WIDTH + GAP);
			}
			y += rowHeight + GAP;
		}
		if (hosts.size() > drawn.size()) {
			body.append(text(GAP, y + LINE, "and " + (hosts.size() - drawn.size()) + " more hosts, grouped here to keep "
					+ "the drawing readable; topology.dot has them all", "note"));
			y += 2 * LINE;
		}
		return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
				+ "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">", width, y, width, y) + body + "</svg>\n";
	}

	private static List<String> lines(Site site, Host host) {
		List<String> lines = new ArrayList<>();
		lines.add("host " + host.getName() + " (" + Machines.hypervisor(host).getLiteral() + ", "
				+ Machines.runtime(host).getLiteral() + ")");
		workloads(site, host, "  ", lines);
		return lines;
	}

	private static void workloads(Site site, Machine machine, String indent, List<String> lines) {
		for (Vm vm : site.vmsOn(machine)) {
			lines.add(indent + "vm " + vm.getName());
			workloads(site, vm, indent + "  ", lines);
		}
		for (Site.Instances instances : site.containersOn(machine)) {
			lines.add(indent + "container " + instances.container().getName() + " x" + instances.placement().instances());
		}
		for (Balancer balancer : site.balancersOn(machine)) {
			lines.add(indent + "balancer " + balancer.getName());
		}
	}

	private static void box(StringBuilder svg, int x, int y, int height, List<String> lines) {
		svg.append(String.format(Locale.ROOT, "<rect class=\"machine\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" "
				+ "fill=\"#f5f8fc\" stroke=\"#3b6ea5\"/>", x, y, BOX_WIDTH, height));
		for (int i = 0; i < lines.size(); i++) {
			svg.append(text(x + 8, y + LINE * (i + 1), lines.get(i), i == 0 ? "title" : "workload"));
		}
	}

	private static String text(int x, int y, String text, String cssClass) {
		String leading = text.replaceFirst("^( *).*$", "$1");
		return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%d\" y=\"%d\"%s>%s</text>", cssClass,
				x + leading.length() * 4, y, cssClass.equals("title") ? " font-weight=\"bold\"" : "",
				escape(text.strip()));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
