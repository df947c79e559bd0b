package dev.berth.ide.build;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's incremental build step, except that a file affected by another file's change is linked
 * again from its node model instead of being unloaded and parsed again; only changed and deleted
 * files are unloaded.
 */
public class RelinkingIncrementalBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Override
	protected void unloadResource(URI uri) {
		BuildRequest request = getRequest();
		Resource resource = request.getResourceSet().getResource(uri, false);
		boolean unchanged = !request.getDirtyFiles().contains(uri) && !request.getDeletedFiles().contains(uri);
		if (unchanged && resource instanceof XtextResource xtext && xtext.isLoaded()) {
			xtext.relink();
		} else {
			super.unloadResource(uri);
		}
	}
}
