package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.EnvVar;
import dev.berth.berth.Secret;
import dev.berth.berth.SecretSource;
import java.util.regex.Pattern;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/** Environment variables, set in a container or read from the deploying environment, have names a shell takes. */
public class EnvironmentValidator extends ConcernValidator {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	@Check
	public void checkEnvNamesAreValid(EnvVar env) {
		checkName(env, env.getKey(), BerthPackage.Literals.ENV_VAR__KEY, "env key");
		checkName(env, env.getVariable(), BerthPackage.Literals.ENV_VAR__VARIABLE,
				"the variable read by env " + env.getKey());
	}

	@Check
	public void checkSecretVariableIsValid(Secret secret) {
		if (secret.getSource() == SecretSource.ENV) {
			checkName(secret, secret.getLocation(), BerthPackage.Literals.SECRET__LOCATION,
					"the variable read by secret " + secret.getName());
		}
	}

	private void checkName(EObject owner, String name, EStructuralFeature feature, String what) {
		if (name == null || NAME.matcher(name).matches()) {
			return;
		}
		String suggestion = suggestion(name);
		error(what + " '" + name + "' is not a valid environment variable name: shells and Compose take letters, "
				+ "digits and underscores, not starting with a digit; write " + (suggestion.isEmpty() ? "a name such as "
				+ "APP_TOKEN" : suggestion), owner, feature, IssueCodes.ENV_NAME_INVALID, name, suggestion);
	}

	/** The name with every character a shell does not take made an underscore; empty for an empty name. */
	private static String suggestion(String name) {
		if (name.isEmpty()) {
			return "";
		}
		String replaced = name.replaceAll("[^A-Za-z0-9_]", "_");
		return Character.isDigit(replaced.charAt(0)) ? "_" + replaced : replaced;
	}
}
