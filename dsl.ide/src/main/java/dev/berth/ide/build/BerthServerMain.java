package dev.berth.ide.build;

import com.google.inject.util.Modules;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;

/** Starts the language server over stdio with Xtext's server module and {@link BerthBuildModule}. */
public final class BerthServerMain {

	private BerthServerMain() {
	}

	public static void main(String[] args) {
		ServerLauncher.launch(BerthServerMain.class.getName(), args,
				Modules.override(new ServerModule()).with(new BerthBuildModule()));
	}
}
