package dev.berth.scoping;

import java.util.Collection;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Treats every Berth file as affected by a change to any other: a site's checks (capacity,
 * placement, ports) read the contents of other files, not only the names they export, so an
 * editor must check every file again when one changes.
 */
public class BerthResourceDescriptionManager extends DefaultResourceDescriptionManager {

	@Override
	public boolean isAffected(Collection<Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
		return deltas.stream().anyMatch(delta -> !delta.getUri().equals(candidate.getURI()))
				|| super.isAffected(deltas, candidate, context);
	}
}
