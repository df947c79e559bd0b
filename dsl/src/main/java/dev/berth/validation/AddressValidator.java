package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Graphics;
import dev.berth.berth.Host;
import dev.berth.berth.PortMapping;
import dev.berth.berth.Vm;
import dev.berth.model.HostNames;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * Addresses that machines are reached at and that ports listen on are IP literals or host names,
 * never text that ssh, libvirt or a runtime would read as an option.
 */
public class AddressValidator extends ConcernValidator {

	@Check
	public void checkHostAddressIsValid(Host host) {
		checkAddress(host, host.getAddress(), BerthPackage.Literals.HOST__ADDRESS, "the address of " + describe(host),
				"192.168.10.11 or node1.example.com");
	}

	@Check
	public void checkVmAddressIsValid(Vm vm) {
		checkAddress(vm, vm.getAddress(), BerthPackage.Literals.VM__ADDRESS, "the address of " + describe(vm),
				"10.0.1.10 or db.example.com");
	}

	@Check
	public void checkPortListenIsValid(PortMapping port) {
		String owner = port.eContainer() instanceof Container container ? " of " + describe(container) : "";
		checkAddress(port, port.getListen(), BerthPackage.Literals.PORT_MAPPING__LISTEN,
				"the listen address of a port" + owner, "127.0.0.1, 0.0.0.0 or ::1");
	}

	@Check
	public void checkGraphicsListenIsValid(Graphics graphics) {
		String owner = graphics.eContainer() instanceof Vm vm ? " of " + describe(vm) : "";
		checkAddress(graphics, graphics.getListen(), BerthPackage.Literals.GRAPHICS__LISTEN,
				"the listen address of the console" + owner, "127.0.0.1");
	}

	private void checkAddress(EObject owner, String address, EStructuralFeature feature, String what, String example) {
		if (address == null || HostNames.isValid(address)) {
			return;
		}
		String why = address.startsWith("-") ? "; starting with -, it would be read as an option of ssh or a tool"
				: "";
		error(what + ", '" + address + "', is neither an IPv4 or IPv6 address nor a host name" + why + "; write one "
				+ "such as " + example, owner, feature, IssueCodes.ADDRESS_INVALID, address);
	}
}
