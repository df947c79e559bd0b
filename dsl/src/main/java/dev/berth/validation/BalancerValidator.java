package dev.berth.validation;

import dev.berth.berth.Balancer;
import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.Host;
import dev.berth.berth.Target;
import dev.berth.berth.Vm;
import dev.berth.model.Balancers;
import dev.berth.model.Machines;
import dev.berth.model.Placement;
import dev.berth.model.Replicas;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.xtext.validation.Check;

/** A balancer has targets it can reach, more than one instance of them, on more than one host. */
public class BalancerValidator extends ConcernValidator {

	@Check
	public void checkBalancerHasTargets(Balancer balancer) {
		if (balancer.getTargets().isEmpty()) {
			error(describe(balancer) + " has no targets; add `targets NAME` with the workloads it forwards to",
					balancer, BerthPackage.Literals.ELEMENT__NAME, IssueCodes.BALANCER_NO_TARGETS, balancer.getName());
		}
	}

	@Check
	public void checkTargetsAreReachable(Target target) {
		if (!(target.eContainer() instanceof Balancer balancer) || !(target.getWorkload() instanceof Container container)
				|| container.eIsProxy() || balancer.getMachine() == null || balancer.getMachine().eIsProxy()) {
			return;
		}
		int port = Balancers.targetPort(target).orElse(Balancers.DEFAULT_PORT);
		for (Placement placement : Replicas.placements(container)) {
			if (placement.machine() == balancer.getMachine()) {
				continue;
			}
			int unpublished = unpublished(container, placement, port);
			if (unpublished > 0) {
				String address = Machines.address(placement.machine());
				String hostPorts = placement.instances() == 1 ? "8080" : "8080-" + (8080 + placement.instances() - 1);
				error(describe(container) + " runs " + placement.instances() + " instance(s) on "
						+ describe((Element) placement.machine()) + ", not on the machine of " + describe(balancer) + ", and "
						+ unpublished + " of them publish no host port for container port " + port + " at " + address
						+ " (a port that listens on another address, or on loopback, does not count), so the balancer "
						+ "cannot reach them; publish one per instance (such as `port " + hostPorts + " -> " + port
						+ "`), or place " + balancer.getName() + " beside them", target,
						BerthPackage.Literals.TARGET__WORKLOAD, IssueCodes.BALANCER_UNREACHABLE, container.getName(),
						String.valueOf(port));
				return;
			}
		}
	}

	/** How many instances on a machine publish the container port at no host port reachable at the machine's address. */
	private static int unpublished(Container container, Placement placement, int port) {
		int count = 0;
		for (int i = 0; i < placement.instances(); i++) {
			count += Balancers.publishedPort(container, placement.machine(), port, i).isPresent() ? 0 : 1;
		}
		return count;
	}

	@Check
	public void checkBalancerHasSeveralInstances(Balancer balancer) {
		if (!balancer.getTargets().isEmpty() && instances(balancer) == 1) {
			warning(describe(balancer) + " forwards to one instance only, so it balances nothing; add replicas or "
					+ "targets, or drop the balancer", balancer, BerthPackage.Literals.BALANCER__TARGETS,
					IssueCodes.BALANCER_SINGLE_INSTANCE, balancer.getName());
		}
	}

	@Check
	public void checkBalancerSpansHosts(Balancer balancer) {
		if (instances(balancer) < 2) {
			return;
		}
		Set<Host> hosts = new LinkedHashSet<>();
		boolean unknown = false;
		for (Target target : balancer.getTargets()) {
			if (target.getWorkload() instanceof Container container && !container.eIsProxy()) {
				for (Placement placement : Replicas.placements(container)) {
					if (placement.instances() > 0) {
						Optional<Host> host = Machines.physicalHost(placement.machine());
						host.ifPresent(hosts::add);
						unknown |= host.isEmpty();
					}
				}
			} else if (target.getWorkload() instanceof Vm vm && !vm.eIsProxy()) {
				Optional<Host> host = Machines.physicalHost(vm);
				host.ifPresent(hosts::add);
				unknown |= host.isEmpty();
			}
		}
		if (hosts.size() == 1 && !unknown) {
			warning("every instance behind " + describe(balancer) + " runs on host " + hosts.iterator().next().getName()
					+ ", so one host failure takes the service down; spread the targets over two hosts or more",
					balancer, BerthPackage.Literals.BALANCER__TARGETS, IssueCodes.BALANCER_SINGLE_HOST,
					hosts.iterator().next().getName());
		}
	}

	private static int instances(Balancer balancer) {
		int count = 0;
		for (Target target : balancer.getTargets()) {
			if (target.getWorkload() instanceof Container container && !container.eIsProxy()) {
				count += Replicas.placements(container).stream().mapToInt(Placement::instances).sum();
			} else if (target.getWorkload() instanceof Vm vm && !vm.eIsProxy()) {
				count++;
			}
		}
		return count;
	}
}
