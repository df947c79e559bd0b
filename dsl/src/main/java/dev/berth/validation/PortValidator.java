package dev.berth.validation;

import dev.berth.berth.Balancer;
import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.berth.PortMapping;
import dev.berth.berth.Target;
import dev.berth.model.Placement;
import dev.berth.model.Replicas;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/** Ports are between 1 and 65535, ranges run upwards, and no two things publish one host port on a machine. */
public class PortValidator extends ConcernValidator {

	private static final int MAX_PORT = 65535;

	@Check
	public void checkPortsAreValid(PortMapping port) {
		checkPort(port, port.getHostPort(), BerthPackage.Literals.PORT_MAPPING__HOST_PORT, INSIGNIFICANT_INDEX);
		checkPort(port, port.getHostPortEnd(), BerthPackage.Literals.PORT_MAPPING__HOST_PORT_END, INSIGNIFICANT_INDEX);
		checkPort(port, port.getContainerPort(), BerthPackage.Literals.PORT_MAPPING__CONTAINER_PORT, INSIGNIFICANT_INDEX);
		Integer start = port.getHostPort();
		Integer end = port.getHostPortEnd();
		if (start != null && end != null && end < start) {
			error("the port range " + start + "-" + end + " ends below its start; write " + end + "-" + start, port,
					BerthPackage.Literals.PORT_MAPPING__HOST_PORT_END, IssueCodes.PORT_INVALID, end + "-" + start);
		}
	}

	@Check
	public void checkExposedPortsAreValid(Container container) {
		for (int i = 0; i < container.getExposes().size(); i++) {
			checkPort(container, container.getExposes().get(i), BerthPackage.Literals.CONTAINER__EXPOSES, i);
		}
	}

	@Check
	public void checkListenPortIsValid(Balancer balancer) {
		checkPort(balancer, balancer.getListen(), BerthPackage.Literals.BALANCER__LISTEN, INSIGNIFICANT_INDEX);
	}

	@Check
	public void checkTargetPortIsValid(Target target) {
		checkPort(target, target.getPort(), BerthPackage.Literals.TARGET__PORT, INSIGNIFICANT_INDEX);
	}

	private void checkPort(EObject owner, Integer port, EStructuralFeature feature, int index) {
		if (port != null && (port == 0 || port > MAX_PORT)) {
			error("port " + port + " is not a port; ports run from 1 to " + MAX_PORT, owner, feature, index,
					IssueCodes.PORT_INVALID, String.valueOf(port));
		}
	}

	@Check
	public void checkPortsDoNotCollide(Container container) {
		for (Placement placement : Replicas.placements(container)) {
			PortTable table = table(placement.machine());
			for (PortMapping port : container.getPorts()) {
				checkMappingOnMachine(container, placement, port, table);
			}
		}
	}

	private void checkMappingOnMachine(Container container, Placement placement, PortMapping port, PortTable table) {
		String machine = describe((Element) placement.machine());
		if (port.getHostPortEnd() != null && placement.instances() > Replicas.hostPortCount(port)
				&& Replicas.hostPortCount(port) > 0) {
			int end = port.getHostPort() + placement.instances() - 1;
			error(machine + " runs " + placement.instances() + " replicas of " + container.getName() + " but the port "
					+ "range gives only " + Replicas.hostPortCount(port) + "; widen it to " + port.getHostPort() + "-" + end,
					port, BerthPackage.Literals.PORT_MAPPING__HOST_PORT, IssueCodes.PORT_CONFLICT,
					port.getHostPort() + "-" + end);
			return;
		}
		for (int i = 0; i < placement.instances(); i++) {
			OptionalInt hostPort = Replicas.hostPort(port, i);
			if (hostPort.isEmpty()) {
				continue;
			}
			PortTable.Publisher first = table.first(hostPort.getAsInt(), port.isUdp());
			if (first.element() != container || first.replica() != placement.first() + i) {
				error("host port " + hostPort.getAsInt() + "/" + (port.isUdp() ? "udp" : "tcp") + " on " + machine
						+ " is already published by " + first.describe() + "; " + advice(container, placement, first),
						port, BerthPackage.Literals.PORT_MAPPING__HOST_PORT, IssueCodes.PORT_CONFLICT,
						String.valueOf(hostPort.getAsInt()));
				return;
			}
		}
	}

	private static String advice(Container container, Placement placement, PortTable.Publisher first) {
		if (first.element() == container) {
			return "give each of its " + placement.instances() + " replicas on the machine its own port with a range";
		}
		return "pick another host port";
	}

	@Check
	public void checkListenPortIsFree(Balancer balancer) {
		Machine machine = balancer.getMachine();
		if (machine == null || machine.eIsProxy() || balancer.getListen() == null) {
			return;
		}
		PortTable.Publisher first = table(machine).first(balancer.getListen(), false);
		if (first.element() != balancer) {
			error("port " + balancer.getListen() + "/tcp on " + describe((Element) machine)
					+ " is already published by " + first.describe() + "; pick another listen port", balancer,
					BerthPackage.Literals.BALANCER__LISTEN, IssueCodes.PORT_CONFLICT, String.valueOf(balancer.getListen()));
		}
	}

	private PortTable table(Machine machine) {
		Map<Machine, PortTable> tables = fact(machine, PortTable.class, ConcurrentHashMap::new);
		return tables.computeIfAbsent(machine, m -> PortTable.of(site(m), m));
	}
}
