package dev.berth.model;

import dev.berth.berth.Deployment;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

/** The qualified name of the deployment an element is declared in, which labels what Berth creates for it. */
public final class DeploymentNames {

	private DeploymentNames() {
	}

	/** The deployment's qualified name, such as {@code acme.shop}; empty for an object outside a deployment. */
	public static Optional<String> of(EObject object) {
		Deployment deployment = EcoreUtil2.getContainerOfType(object, Deployment.class);
		return deployment == null ? Optional.empty() : Optional.ofNullable(deployment.getName());
	}
}
