package dev.berth.ide.server;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** Keeps open documents as {@link BerthDocument}s at the client's version, and adds an opened file's folder when no workspace folder holds it. */
@Singleton
public class BerthWorkspaceManager extends WorkspaceManager {

	@Inject
	private UriExtensions uriExtensions;

	@Override
	public Buildable didOpen(URI uri, Integer version, String contents) {
		if (!inWorkspaceFolder(uri)) {
			addFolderOf(uri);
		}
		getOpenDocuments().put(uri, new BerthDocument(version, contents));
		return didChangeFiles(List.of(uri), List.of());
	}

	private boolean inWorkspaceFolder(URI uri) {
		return getWorkspaceFolders().stream().map(folder -> uriExtensions.toUri(folder.getUri()).appendSegment(""))
				.anyMatch(folder -> uri.toString().startsWith(folder.toString()));
	}

	private void addFolderOf(URI uri) {
		URI folder = uri.trimSegments(1);
		WorkspaceFolder workspaceFolder = new WorkspaceFolder(folder.toString(), folder.lastSegment());
		WorkspaceFoldersChangeEvent added = new WorkspaceFoldersChangeEvent(List.of(workspaceFolder), List.of());
		didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(added), CancelIndicator.NullImpl);
	}

	@Override
	public Buildable didChangeTextDocumentContent(URI uri, Integer version,
			Iterable<TextDocumentContentChangeEvent> changes) {
		Document document = getOpenDocuments().get(uri);
		if (!(document instanceof BerthDocument open)) {
			return Buildable.NO_BUILD;
		}
		getOpenDocuments().put(uri, open.applyTextDocumentChanges(changes, version));
		return didChangeFiles(List.of(uri), List.of());
	}

	@Override
	protected Document getDocument(XtextResource resource) {
		Document open = getOpenDocuments().get(resource.getURI());
		return open != null ? open : new BerthDocument(null, resource.getParseResult().getRootNode().getText());
	}

	/** The client's version of an open document, or null for a file that is not open. */
	public Integer version(URI uri) {
		Document open = getOpenDocuments().get(uri);
		return open == null ? null : open.getVersion();
	}

	/** Whether a request on this URI can be answered: the file is open, or it exists in a workspace folder. */
	public boolean isReadable(URI uri) {
		return isDocumentOpen(uri) || getProjectConfig(uri) != null && exists(uri);
	}
}
