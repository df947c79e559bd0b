package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Host;
import dev.berth.model.Machines;
import java.util.List;
import org.eclipse.xtext.validation.Check;

/** How the deployment reaches hosts: only one host can be the machine that runs it ({@code connection local}). */
public class ConnectionValidator extends ConcernValidator {

	@Check
	public void checkOneLocalHost(Host host) {
		if (!Machines.isLocal(host)) {
			return;
		}
		List<Host> local = fact(host, ConnectionValidator.class,
				() -> site(host).hosts().stream().filter(Machines::isLocal).toList());
		if (local.indexOf(host) > 0) {
			Host first = local.get(0);
			error(describe(host) + " has connection local, as " + describe(first) + " (" + where(first)
					+ ") has already: connection local means the machine that runs berth deploy, so both would be "
					+ "deployed onto this one machine; keep connection local on one host and reach the others over "
					+ "ssh (write connection ssh, or leave it out, with their address)", host,
					BerthPackage.Literals.HOST__CONNECTION, IssueCodes.HOST_LOCAL_DUPLICATE, first.getName());
		}
	}
}
