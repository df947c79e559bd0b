package dev.berth.ide.server;

import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.resource.XtextResource;

/** Xtext's rename, answering null (as the protocol allows) where no name is under the cursor instead of failing. */
public class BerthRenameService extends RenameService2 {

	@Override
	public WorkspaceEdit rename(Options options) {
		RenameParams params = options.getRenameParams();
		boolean named = options.getLanguageServerAccess().doSyncRead(params.getTextDocument().getUri(),
				context -> context.getResource() instanceof XtextResource resource
						&& getElementAtOffset(resource, context.getDocument(), params.getPosition()) != null);
		return named ? super.rename(options) : null;
	}
}
