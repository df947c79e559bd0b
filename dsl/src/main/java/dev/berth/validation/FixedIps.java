package dev.berth.validation;

import dev.berth.berth.Interface;
import dev.berth.berth.Network;
import dev.berth.berth.Vm;
import dev.berth.model.IpAddress;
import dev.berth.model.Site;
import java.util.HashMap;
import java.util.Map;

/** The first interface (in site order) that takes each fixed IP of each network. */
final class FixedIps {

	/** A fixed IP on one network. */
	record Key(Network network, IpAddress ip) {
	}

	private FixedIps() {
	}

	static Map<Key, Interface> firstUsers(Site site) {
		Map<Key, Interface> first = new HashMap<>();
		for (Vm vm : site.all(Vm.class)) {
			for (Interface nic : vm.getInterfaces()) {
				Network network = nic.getNetwork();
				if (network != null && !network.eIsProxy()) {
					IpAddress.parse(nic.getIp()).ifPresent(ip -> first.putIfAbsent(new Key(network, ip), nic));
				}
			}
		}
		return first;
	}
}
