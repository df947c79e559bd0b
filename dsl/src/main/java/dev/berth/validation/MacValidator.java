package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Interface;
import dev.berth.berth.Network;
import dev.berth.berth.Vm;
import dev.berth.model.MacAddresses;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.xtext.validation.Check;

/** The MACs a model gives are unicast addresses in the usual notation, each given to one interface of the site. */
public class MacValidator extends ConcernValidator {

	private static final Pattern HEX_OCTET_FIRST = Pattern.compile("[0-9a-fA-F]{2}.*");

	@Check
	public void checkMacIsValid(Interface nic) {
		String mac = nic.getMac();
		if (mac == null || MacAddresses.isValid(mac)) {
			return;
		}
		Optional<String> unicast = unicast(mac);
		if (unicast.isEmpty()) {
			error("mac '" + mac + "' of " + describe(nic) + " is not six hex pairs separated by colons; write one such "
					+ "as 52:54:00:12:34:56, or remove it to have one derived from the names", nic,
					BerthPackage.Literals.INTERFACE__MAC, IssueCodes.NETWORK_MAC_INVALID, mac);
			return;
		}
		error("mac " + mac + " of " + describe(nic) + " is a multicast address (its first octet is odd), which no "
				+ "interface can have; write a unicast one such as " + unicast.get() + ", or remove it to have one "
				+ "derived", nic, BerthPackage.Literals.INTERFACE__MAC, IssueCodes.NETWORK_MAC_INVALID, mac, unicast.get());
	}

	/** A multicast address with its multicast bit cleared; empty when the text is no address at all. */
	private static Optional<String> unicast(String mac) {
		if (!HEX_OCTET_FIRST.matcher(mac).matches()) {
			return Optional.empty();
		}
		String cleared = String.format("%02x", Integer.parseInt(mac.substring(0, 2), 16) & 0xfe) + mac.substring(2);
		return MacAddresses.isValid(cleared) ? Optional.of(cleared) : Optional.empty();
	}

	@Check
	public void checkMacIsUnique(Interface nic) {
		if (nic.getMac() == null) {
			return;
		}
		Map<Interface, MacConflicts.Conflict> conflicts = fact(nic, MacConflicts.class,
				() -> MacConflicts.find(site(nic)));
		MacConflicts.Conflict conflict = conflicts.get(nic);
		if (conflict == null) {
			return;
		}
		Interface other = conflict.other();
		String otherVm = ((Vm) other.eContainer()).getName();
		String message = conflict.derived()
				? "mac " + nic.getMac() + " of " + describe(nic) + " is the MAC derived for " + describe(other) + " ("
						+ where(other) + "), which gives none; Berth would move that one to the next free address, so "
						+ "its MAC would hang on this one; pick another mac, or give that interface its own"
				: "mac " + nic.getMac() + " of " + describe(nic) + " is already the mac of " + describe(other) + " ("
						+ where(other) + "); two interfaces with one MAC break switching and DHCP between them; give "
						+ "each its own, or remove this one to have one derived";
		error(message, nic, BerthPackage.Literals.INTERFACE__MAC, IssueCodes.NETWORK_MAC_DUPLICATE, nic.getMac(),
				otherVm);
	}

	/** An interface as its VM's n-th, with its network, such as {@code interface 1 of vm db on network front}. */
	private static String describe(Interface nic) {
		Vm vm = (Vm) nic.eContainer();
		Network network = nic.getNetwork();
		String on = network == null || network.eIsProxy() ? "" : " on network " + network.getName();
		return "interface " + (vm.getInterfaces().indexOf(nic) + 1) + " of " + describe(vm) + on;
	}
}
