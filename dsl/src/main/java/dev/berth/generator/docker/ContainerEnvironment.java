package dev.berth.generator.docker;

import dev.berth.berth.Container;
import dev.berth.berth.EnvVar;
import dev.berth.berth.Secret;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The environment of a container's service: literal values, values read at deploy time, and secret file paths. */
final class ContainerEnvironment {

	private ContainerEnvironment() {
	}

	static Map<String, Object> of(Container container) {
		Map<String, Object> environment = new LinkedHashMap<>();
		for (EnvVar env : container.getEnv()) {
			environment.put(env.getKey(), env.getVariable() != null ? fromEnvironment(env.getVariable())
					: ComposeYaml.text(env.getValue()));
		}
		for (Secret secret : container.getSecrets()) {
			if (!secret.eIsProxy()) {
				environment.putIfAbsent(secret.getName().toUpperCase(Locale.ROOT).replace('-', '_') + "_FILE",
						"/run/secrets/" + secret.getName());
			}
		}
		return environment;
	}

	/** Compose's interpolation of a variable of the deploying environment, which fails naming it when it is unset or empty. */
	static String fromEnvironment(String variable) {
		return "${" + variable + ":?set " + variable + " in the environment that deploys}";
	}
}
