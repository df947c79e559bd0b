package dev.berth.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/** Offers each element in scope once, by the shortest of its names that resolves to it (its simple name when imported). */
public class BerthCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference reference, ContentAssistContext context) {
		Map<URI, IEObjectDescription> shortest = new LinkedHashMap<>();
		for (IEObjectDescription candidate : scope.getAllElements()) {
			IEObjectDescription resolved = scope.getSingleElement(candidate.getName());
			if (resolved != null && resolved.getEObjectURI().equals(candidate.getEObjectURI())) {
				shortest.merge(candidate.getEObjectURI(), candidate, (kept, other) ->
						other.getName().getSegmentCount() < kept.getName().getSegmentCount() ? other : kept);
			}
		}
		return shortest.values();
	}
}
