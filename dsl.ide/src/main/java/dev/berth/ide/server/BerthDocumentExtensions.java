package dev.berth.ide.server;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;

/** Converts offsets to positions through a line index kept per parse, instead of rescanning a line for each offset. */
@Singleton
public class BerthDocumentExtensions extends DocumentExtensions {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public Position newPosition(Resource resource, int offset) {
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return super.newPosition(resource, offset);
		}
		LineIndex lines = cache.get(LineIndex.class, xtext,
				() -> new LineIndex(xtext.getParseResult().getRootNode().getText()));
		return lines.position(offset);
	}
}
