package dev.berth.ide.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's incremental build step, except that a file affected by another file's change is not
 * parsed again: it is linked again from its node model, and only when a name changed or one of its
 * links points into a changed file; otherwise it keeps its links and is only checked again.
 */
public class RelinkingIncrementalBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	private Set<URI> changed;
	private Boolean namesChanged;

	@Override
	protected void unloadResource(URI uri) {
		BuildRequest request = getRequest();
		Resource resource = request.getResourceSet().getResource(uri, false);
		if (!changed().contains(uri) && resource instanceof XtextResource xtext && xtext.isLoaded()) {
			if (namesChanged() || LinkTargets.reachInto(xtext, changed())) {
				xtext.relink();
			}
		} else {
			super.unloadResource(uri);
		}
	}

	private Set<URI> changed() {
		if (changed == null) {
			changed = new HashSet<>(getRequest().getDirtyFiles());
			changed.addAll(getRequest().getDeletedFiles());
		}
		return changed;
	}

	/** Whether a changed file now exports other names, or names of other kinds, than before this build. */
	private boolean namesChanged() {
		if (namesChanged == null) {
			IResourceDescriptions before = getContext().getOldState().getResourceDescriptions();
			IResourceDescriptions after = getRequest().getState().getResourceDescriptions();
			namesChanged = changed().stream()
					.anyMatch(uri -> !Objects.equals(names(before.getResourceDescription(uri)),
							names(after.getResourceDescription(uri))));
		}
		return namesChanged;
	}

	/** Each exported name with its kind, as often as it is exported. */
	private static List<String> names(IResourceDescription description) {
		List<String> names = new ArrayList<>();
		if (description != null) {
			description.getExportedObjects()
					.forEach(object -> names.add(object.getEClass().getName() + " " + object.getQualifiedName()));
		}
		Collections.sort(names);
		return names;
	}
}
