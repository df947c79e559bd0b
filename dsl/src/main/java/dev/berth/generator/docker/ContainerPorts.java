package dev.berth.generator.docker;

import dev.berth.berth.Container;
import dev.berth.berth.PortMapping;
import dev.berth.model.Replicas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The published ports of one instance of a container. */
final class ContainerPorts {

	private ContainerPorts() {
	}

	/**
	 * The ports of the {@code indexOnMachine}-th instance on its machine: the long syntax, or, for a
	 * port that listens on one host address, the short syntax {@code ADDR:HOST:CONTAINER/PROTO}
	 * (docker-compose 1.29 refuses {@code host_ip} in the long syntax; every Compose reads the short one).
	 */
	static List<Object> of(Container container, int indexOnMachine) {
		List<Object> ports = new ArrayList<>();
		for (PortMapping mapping : container.getPorts()) {
			OptionalInt published = Replicas.hostPort(mapping, indexOnMachine);
			String protocol = mapping.isUdp() ? "udp" : "tcp";
			if (mapping.getListen() != null) {
				String host = published.isPresent() ? String.valueOf(published.getAsInt()) : "";
				String address = mapping.getListen().contains(":") ? "[" + mapping.getListen() + "]" : mapping.getListen();
				ports.add(address + ":" + host + ":" + mapping.getContainerPort() + "/" + protocol);
				continue;
			}
			Map<String, Object> port = new LinkedHashMap<>();
			port.put("target", mapping.getContainerPort());
			if (published.isPresent()) {
				port.put("published", published.getAsInt());
			}
			port.put("protocol", protocol);
			port.put("mode", "host");
			ports.add(port);
		}
		return ports;
	}
}
