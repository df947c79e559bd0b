package dev.berth.ide.server;

import dev.berth.ide.build.BerthBuildModule;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;

/** Xtext's server module with Berth's protocol fixes: the tolerant language server, its workspace manager and the debounced, incremental build. */
public class BerthServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		install(new BerthBuildModule());
		bind(LanguageServerImpl.class).to(BerthLanguageServer.class);
		bind(WorkspaceManager.class).to(BerthWorkspaceManager.class);
	}
}
