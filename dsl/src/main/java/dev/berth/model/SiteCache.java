package dev.berth.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.Tuples;

/**
 * Keeps one {@link Site} per resource set while none of its files changes, so that validating
 * every file of a large site indexes the site once, not once per file. Each file holds a token in
 * Xtext's per-resource cache, which Xtext evicts on any change to the file; the site is rebuilt
 * when the tokens differ from those it was built with.
 */
final class SiteCache extends AdapterImpl {

	private static final String TOKEN = "dev.berth.model.SiteCache.token";

	private List<Object> tokens = List.of();
	private Site site;

	private SiteCache() {
	}

	static synchronized Site get(ResourceSet resources, Function<List<Resource>, Site> build) {
		SiteCache cache = (SiteCache) resources.eAdapters().stream().filter(SiteCache.class::isInstance).findFirst()
				.orElseGet(() -> {
					SiteCache created = new SiteCache();
					resources.eAdapters().add(created);
					return created;
				});
		List<Resource> files = List.copyOf(resources.getResources());
		List<Object> current = new ArrayList<>(files.size());
		for (Resource file : files) {
			current.add(file instanceof XtextResource xtext
					? xtext.getCache().get(TOKEN, xtext, () -> Tuples.create(file, new Object()))
					: file);
		}
		if (cache.site == null || !current.equals(cache.tokens)) {
			cache.site = build.apply(files);
			cache.tokens = current;
		}
		return cache.site;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SiteCache.class;
	}
}
