package dev.berth.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

/** Tells whether a request can be answered: the document exists, the position lies in it, it has a model. */
final class DocumentGuard {

	private final BerthWorkspaceManager workspace;

	DocumentGuard(BerthWorkspaceManager workspace) {
		this.workspace = workspace;
	}

	boolean exists(URI uri) {
		return workspace.isReadable(uri);
	}

	/** The document exists and the position is on one of its lines (its column is clamped later). */
	boolean contains(URI uri, Position position) {
		return exists(uri) && workspace.doRead(uri, (document, resource) -> lines(document).contains(position));
	}

	/** The position is in the document and the document has parsed into a model. */
	boolean hasModel(URI uri, Position position) {
		return contains(uri, position) && workspace.doRead(uri, (document, resource) -> hasModel(resource));
	}

	/** The document exists and parses without syntax errors, so formatting cannot lose text. */
	boolean parses(URI uri) {
		return exists(uri) && workspace.doRead(uri, (document, resource) -> !resource.getParseResult().hasSyntaxErrors());
	}

	private static boolean hasModel(XtextResource resource) {
		return resource.getParseResult() != null && resource.getParseResult().getRootASTElement() != null;
	}

	private static LineIndex lines(Document document) {
		return ((BerthDocument) document).lines();
	}
}
