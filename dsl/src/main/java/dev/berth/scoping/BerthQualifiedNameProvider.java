package dev.berth.scoping;

import dev.berth.berth.Deployment;
import dev.berth.berth.Element;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/** Names deployments and their elements ({@code acme.shop.node1}); disks and other parts stay unnamed. */
public class BerthQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object instanceof Deployment || object instanceof Element) {
			return super.getFullyQualifiedName(object);
		}
		return null;
	}
}
