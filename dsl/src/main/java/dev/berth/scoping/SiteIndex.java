package dev.berth.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * Indexes every name a loaded site exports, once, so that linking a large site looks each name up
 * in a map instead of walking every file; for a resource set that no longer changes, such as the
 * command line's.
 */
public final class SiteIndex {

	private static final String CHUNK = "site";

	private SiteIndex() {
	}

	/** Attaches an index of the resources' exported names, which Xtext's global scope then uses. */
	public static void install(ResourceSet resources) {
		List<IResourceDescription> descriptions = new ArrayList<>(resources.getResources().size());
		for (Resource resource : resources.getResources()) {
			if (resource instanceof XtextResource xtext) {
				descriptions.add(xtext.getResourceServiceProvider().getResourceDescriptionManager()
						.getResourceDescription(resource));
			}
		}
		new ChunkedResourceDescriptions(Map.of(CHUNK, new ResourceDescriptionsData(descriptions)), resources);
	}
}
