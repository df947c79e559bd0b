package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Runtime;
import dev.berth.berth.Sandbox;
import dev.berth.model.Dependencies;
import dev.berth.model.Machines;
import java.util.List;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/** A container on an lxc machine is told of each property the lxc runtime cannot honour, never left to lose it silently. */
public class LxcValidator extends ConcernValidator {

	@Check
	public void checkLxcHonoursProperties(Container container) {
		List<String> lxc = Dependencies.machines(container).stream().filter(m -> Machines.runtime(m) == Runtime.LXC)
				.map(Machines::name).toList();
		if (lxc.isEmpty()) {
			return;
		}
		if (container.isPrivileged()) {
			unsupported(container, lxc, BerthPackage.Literals.CONTAINER__PRIVILEGED, INSIGNIFICANT_INDEX, "privileged",
					"run a container privileged");
		}
		each(container, lxc, container.getPorts(), BerthPackage.Literals.CONTAINER__PORTS, "port", "publish ports");
		each(container, lxc, container.getSecrets(), BerthPackage.Literals.CONTAINER__SECRETS, "secret",
				"mount secrets");
		if (container.getHealthcheck() != null) {
			unsupported(container, lxc, BerthPackage.Literals.CONTAINER__HEALTHCHECK, INSIGNIFICANT_INDEX,
					"healthcheck", "run health checks");
		}
		if (container.getBuild() != null) {
			unsupported(container, lxc, BerthPackage.Literals.CONTAINER__BUILD, INSIGNIFICANT_INDEX, "build",
					"build images");
		}
		if (container.getSandbox() != Sandbox.NONE) {
			unsupported(container, lxc, BerthPackage.Literals.CONTAINER__SANDBOX, INSIGNIFICANT_INDEX, "sandbox",
					"run a sandboxed runtime");
		}
		for (int i = 0; i < container.getEnv().size(); i++) {
			if (container.getEnv().get(i).getVariable() != null) {
				unsupported(container, lxc, BerthPackage.Literals.CONTAINER__ENV, i, "env "
						+ container.getEnv().get(i).getKey() + " from env", "read variables from the deploying environment");
			}
		}
		each(container, lxc, container.getEnvFiles(), BerthPackage.Literals.CONTAINER__ENV_FILES, "env-file",
				"read env files");
		each(container, lxc, container.getCapabilities(), BerthPackage.Literals.CONTAINER__CAPABILITIES, "cap",
				"change capabilities");
		if (container.isReadOnly()) {
			unsupported(container, lxc, BerthPackage.Literals.CONTAINER__READ_ONLY, INSIGNIFICANT_INDEX, "read-only",
					"make the root file system read-only");
		}
		each(container, lxc, container.getTmpfs(), BerthPackage.Literals.CONTAINER__TMPFS, "tmpfs", "mount a tmpfs");
		each(container, lxc, container.getLabels(), BerthPackage.Literals.CONTAINER__LABELS, "label",
				"label containers");
	}

	private void each(Container container, List<String> lxc, List<?> values, EStructuralFeature feature,
			String property, String cannot) {
		for (int i = 0; i < values.size(); i++) {
			unsupported(container, lxc, feature, i, property, cannot);
		}
	}

	private void unsupported(Container container, List<String> lxc, EStructuralFeature feature, int index,
			String property, String cannot) {
		warning("lxc cannot " + cannot + ", so `" + property + "` of " + describe(container) + " is not applied on "
				+ String.join(", ", lxc) + "; remove it, or place " + container.getName() + " on a machine with docker "
				+ "or podman", container, feature, index, IssueCodes.RUNTIME_LXC_UNSUPPORTED, property,
				String.join(",", lxc));
	}
}
