package dev.berth.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;

/** Xtext's server module with Berth's protocol fixes: the tolerant language server and its workspace manager. */
public class BerthServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(LanguageServerImpl.class).to(BerthLanguageServer.class);
		bind(WorkspaceManager.class).to(BerthWorkspaceManager.class);
	}
}
