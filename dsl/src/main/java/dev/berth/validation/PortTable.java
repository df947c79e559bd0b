package dev.berth.validation;

import dev.berth.berth.Balancer;
import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.berth.PortMapping;
import dev.berth.model.Replicas;
import dev.berth.model.Site;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/** The host ports published on one machine, each with the first thing (in site order) that publishes it. */
final class PortTable {

	/** Something that publishes a host port: a container replica (from 0) or a balancer (replica -1). */
	record Publisher(Element element, int replica) {

		String describe() {
			return element instanceof Container ? "container " + element.getName() + " (replica "
					+ element.getName() + "-" + (replica + 1) + ")" : "balancer " + element.getName();
		}
	}

	private final Map<String, Publisher> first = new HashMap<>();

	private PortTable() {
	}

	static PortTable of(Site site, Machine machine) {
		PortTable table = new PortTable();
		for (Site.Instances instances : site.containersOn(machine)) {
			Container container = instances.container();
			for (int i = 0; i < instances.placement().instances(); i++) {
				for (PortMapping port : container.getPorts()) {
					OptionalInt hostPort = Replicas.hostPort(port, i);
					if (hostPort.isPresent()) {
						table.offer(hostPort.getAsInt(), port.isUdp(),
								new Publisher(container, instances.placement().first() + i), site);
					}
				}
			}
		}
		for (Balancer balancer : site.balancersOn(machine)) {
			if (balancer.getListen() != null) {
				table.offer(balancer.getListen(), false, new Publisher(balancer, -1), site);
			}
		}
		return table;
	}

	private void offer(int port, boolean udp, Publisher publisher, Site site) {
		first.merge(key(port, udp), publisher, (old, candidate) -> earlier(old, candidate, site));
	}

	private static Publisher earlier(Publisher a, Publisher b, Site site) {
		int byOrder = Integer.compare(site.order(a.element()), site.order(b.element()));
		if (byOrder != 0) {
			return byOrder < 0 ? a : b;
		}
		return a.replica() <= b.replica() ? a : b;
	}

	/** The first publisher of a port; every port asked for was offered by its publisher. */
	Publisher first(int port, boolean udp) {
		return first.get(key(port, udp));
	}

	private static String key(int port, boolean udp) {
		return port + (udp ? "/udp" : "/tcp");
	}
}
