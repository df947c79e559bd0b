package dev.berth.validation;

import dev.berth.berth.Interface;
import dev.berth.berth.Vm;
import dev.berth.model.MacAddresses;
import dev.berth.model.Site;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The interfaces whose given MAC collides: with the MAC an earlier interface gives, or with the
 * MAC derived for an interface that gives none (derived ones that collide with each other are
 * bumped by {@link MacAddresses}, so they never conflict).
 */
final class MacConflicts {

	/** The interface a given MAC collides with, and whether that one's MAC is derived rather than given. */
	record Conflict(Interface other, boolean derived) {
	}

	private MacConflicts() {
	}

	/** For each interface whose given MAC collides, what it collides with; given ones before derived ones. */
	static Map<Interface, Conflict> find(Site site) {
		MacAddresses macs = MacAddresses.of(site);
		Map<String, Interface> firstGiven = new HashMap<>();
		Map<String, Interface> firstDerived = new HashMap<>();
		for (Vm vm : site.all(Vm.class)) {
			for (Interface nic : vm.getInterfaces()) {
				MacAddresses.given(nic).ifPresentOrElse(mac -> firstGiven.putIfAbsent(mac, nic),
						() -> firstDerived.putIfAbsent(macs.derived(nic), nic));
			}
		}
		Map<Interface, Conflict> conflicts = new IdentityHashMap<>();
		for (Vm vm : site.all(Vm.class)) {
			for (Interface nic : vm.getInterfaces()) {
				MacAddresses.given(nic).ifPresent(mac -> {
					Interface given = firstGiven.get(mac);
					Interface derived = firstDerived.get(mac);
					if (given != nic) {
						conflicts.put(nic, new Conflict(given, false));
					} else if (derived != null) {
						conflicts.put(nic, new Conflict(derived, true));
					}
				});
			}
		}
		return conflicts;
	}
}
