package dev.berth.generator.libvirt;

import dev.berth.berth.Interface;
import dev.berth.berth.Vm;
import dev.berth.model.Cidr;
import dev.berth.model.MacAddresses;
import dev.berth.model.Networks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network-config (version 2) of a cloud-init seed: each interface matched by its MAC, its
 * fixed IP with the network's prefix length (else DHCP), the network's gateway as default route on
 * the first interface that has one, the network's DNS servers.
 */
final class SeedNetworkConfig {

	private SeedNetworkConfig() {
	}

	static Map<String, Object> of(MacAddresses macs, Vm vm) {
		Map<String, Object> ethernets = new LinkedHashMap<>();
		boolean routed = false;
		for (int i = 0; i < vm.getInterfaces().size(); i++) {
			Interface nic = vm.getInterfaces().get(i);
			if (nic.getNetwork() == null || nic.getNetwork().eIsProxy()) {
				continue;
			}
			Map<String, Object> ethernet = new LinkedHashMap<>();
			ethernet.put("match", Map.of("macaddress", macs.of(nic)));
			Optional<Cidr> subnet = Cidr.parse(nic.getNetwork().getSubnet());
			boolean v6 = subnet.map(s -> s.network().bits() == 128).orElse(false);
			if (nic.getIp() != null && subnet.isPresent()) {
				ethernet.put("addresses", List.of(nic.getIp() + "/" + subnet.get().prefix()));
				Optional<String> gateway = Networks.gateway(nic.getNetwork());
				if (!routed && gateway.isPresent()) {
					Map<String, Object> route = new LinkedHashMap<>();
					route.put("to", v6 ? "::/0" : "0.0.0.0/0");
					route.put("via", gateway.get());
					ethernet.put("routes", List.of(route));
					routed = true;
				}
			} else {
				ethernet.put(v6 ? "dhcp6" : "dhcp4", true);
			}
			if (!nic.getNetwork().getDns().isEmpty()) {
				ethernet.put("nameservers", Map.of("addresses", List.copyOf(nic.getNetwork().getDns())));
			}
			ethernets.put("nic" + i, ethernet);
		}
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("version", 2);
		config.put("ethernets", ethernets);
		return config;
	}
}
