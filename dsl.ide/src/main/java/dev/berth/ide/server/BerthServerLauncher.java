package dev.berth.ide.server;

import com.google.inject.Guice;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.LaunchArgs;
import org.eclipse.xtext.ide.server.ServerLauncher;

/** Starts Berth's language server over stdio (the server jar's main class). */
public final class BerthServerLauncher {

	private BerthServerLauncher() {
	}

	public static void main(String[] args) throws InterruptedException, ExecutionException {
		LaunchArgs launch = ServerLauncher.createLaunchArgs(BerthServerLauncher.class.getName(), args);
		LanguageServerImpl server = Guice.createInjector(new BerthServerModule()).getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new ResyncingLauncherBuilder().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(launch.getIn()).setOutput(launch.getOut())
				.validateMessages(launch.isValidate()).traceMessages(launch.getTrace()).create();
		server.connect(launcher.getRemoteProxy());
		IdleMemory.giveBackWhenIdle();
		launcher.startListening().get();
		System.exit(0);
	}
}
