package dev.berth.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The checks of the language contract, one validator per concern: names, placement and
 * compatibility, capacity, ports, networks, dependencies, balancers, images, security, sizes.
 */
@ComposedChecks(validators = { NamingValidator.class, PlacementValidator.class, CapacityValidator.class,
		PortValidator.class, NetworkValidator.class, DependencyValidator.class, BalancerValidator.class,
		ImageValidator.class, SecurityValidator.class, SizeValidator.class })
public class BerthValidator extends AbstractBerthValidator {
}
