package dev.berth.ide;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Deployment;
import dev.berth.berth.Element;
import dev.berth.berth.Import;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic tokens: deployment and import names as namespaces, declared element names as classes,
 * and every name that refers to an element as a type, so that editors colour what the grammar alone cannot.
 */
public class BerthSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (object instanceof Deployment) {
			highlightFeature(acceptor, object, BerthPackage.Literals.DEPLOYMENT__NAME, SemanticTokenTypes.Namespace);
		} else if (object instanceof Import) {
			highlightFeature(acceptor, object, BerthPackage.Literals.IMPORT__IMPORTED_NAMESPACE,
					SemanticTokenTypes.Namespace);
		} else if (object instanceof Element) {
			highlightFeature(acceptor, object, BerthPackage.Literals.ELEMENT__NAME, SemanticTokenTypes.Class);
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment()) {
				highlightFeature(acceptor, object, reference, SemanticTokenTypes.Type);
			}
		}
		return false;
	}
}
