package dev.berth.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The checks of the language contract, one validator per concern: names, placement and
 * compatibility, capacity, ports, addresses, connections, networks, MACs, dependencies and the
 * machine order they imply, balancers, images, files beside the model (of containers and of VMs),
 * cloud-init seeds, environment variables, security, capabilities, what lxc cannot honour, sizes.
 */
@ComposedChecks(validators = { NamingValidator.class, PlacementValidator.class, CapacityValidator.class,
		PortValidator.class, AddressValidator.class, ConnectionValidator.class, NetworkValidator.class,
		MacValidator.class, DependencyValidator.class, MachineOrderValidator.class, BalancerValidator.class,
		BalancerBypassValidator.class, ImageValidator.class, FileValidator.class, VmFileValidator.class,
		CloudInitValidator.class, EnvironmentValidator.class, SecurityValidator.class, CapabilityValidator.class,
		LxcValidator.class, SizeValidator.class })
public class BerthValidator extends AbstractBerthValidator {
}
