package dev.berth.scoping;

import java.util.Collection;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Marks every Berth file affected when another file changed what it exports: a name, or the
 * {@link SiteFacts} a site's checks (capacity, placement, ports) read across files. An edit that
 * changes neither leaves the other files as they are.
 */
public class BerthResourceDescriptionManager extends DefaultResourceDescriptionManager {

	@Override
	public boolean isAffected(Collection<Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
		return deltas.stream()
				.anyMatch(delta -> !delta.getUri().equals(candidate.getURI()) && delta.haveEObjectDescriptionsChanged());
	}
}
