package dev.berth.scoping;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.containers.ResourceSetBasedAllContainersStateProvider;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;

/** Puts every file of a resource set in one container, whether its names are indexed by {@link SiteIndex} or not. */
public class IndexedContainersStateProvider extends ResourceSetBasedAllContainersStateProvider {

	@Override
	protected ResourceSet getResourceSet(IResourceDescriptions context) {
		if (context instanceof ChunkedResourceDescriptions indexed && indexed.getResourceSet() != null) {
			return indexed.getResourceSet();
		}
		return super.getResourceSet(context);
	}
}
