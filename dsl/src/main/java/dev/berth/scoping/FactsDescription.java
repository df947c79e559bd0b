package dev.berth.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;

/**
 * An exported element whose {@link SiteFacts} digest is computed when first asked for: the language
 * server's index copies it, while the command line, which never compares indexes, never pays for it.
 */
final class FactsDescription extends EObjectDescription {

	private static final String[] KEYS = {SiteFacts.KEY};

	private String facts;

	FactsDescription(QualifiedName name, EObject element) {
		super(name, element, null);
	}

	@Override
	public String getUserData(String key) {
		if (!SiteFacts.KEY.equals(key)) {
			return null;
		}
		if (facts == null) {
			facts = SiteFacts.of(getEObjectOrProxy());
		}
		return facts;
	}

	@Override
	public String[] getUserDataKeys() {
		return KEYS.clone();
	}
}
