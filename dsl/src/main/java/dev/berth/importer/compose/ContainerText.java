package dev.berth.importer.compose;

import java.util.ArrayList;
import java.util.List;

/** The properties of the container a service becomes, one Berth line each, in the order the service wrote them. */
final class ContainerText {

	private final List<String> properties = new ArrayList<>();
	private final int replicas;

	ContainerText(int replicas) {
		this.replicas = replicas;
	}

	/** How many instances the service asks for ({@code deploy.replicas}, else 1). */
	int replicas() {
		return replicas;
	}

	void add(String property) {
		properties.add(property);
	}

	/** Whether a property starting with this word (and a space) is there already. */
	boolean has(String word) {
		return properties.stream().anyMatch(property -> property.startsWith(word + " "));
	}

	List<String> properties() {
		return List.copyOf(properties);
	}
}
