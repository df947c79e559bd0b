package dev.berth.scoping;

import dev.berth.berth.Deployment;
import dev.berth.berth.Element;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * Exports the deployment and its named elements, each with its {@link SiteFacts} digest, so that
 * the index tells when an edit changed anything other files' checks read.
 */
public class BerthResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (!(object instanceof Deployment) && !(object instanceof Element)) {
			return false;
		}
		QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(object);
		if (name != null) {
			acceptor.accept(new FactsDescription(name, object));
		}
		return object instanceof Deployment;
	}
}
