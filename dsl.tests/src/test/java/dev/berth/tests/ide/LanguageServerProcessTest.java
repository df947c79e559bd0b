package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped server jar answers a real client over stdio: initialize, didOpen, diagnostics, completion, hover, code action. */
class LanguageServerProcessTest {

	@TempDir
	Path workspace;

	/** A client that keeps the diagnostics the server publishes. */
	private static final class Client implements LanguageClient {

		final CompletableFuture<PublishDiagnosticsParams> diagnostics = new CompletableFuture<>();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			if (!params.getDiagnostics().isEmpty()) {
				diagnostics.complete(params);
			}
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	}

	@Test
	void theServerJarSpeaksLspOverStdio() throws Exception {
		Path jar = Project.path("dsl.ide/target/berth-language-server.jar");
		assertTrue(Files.isRegularFile(jar), "the build makes " + jar + " before the tests run");
		String text = "deployment d\nhost h { hypervisor kvm }\ncontainer web on h { image \"nginx\" memory 64 MiB user \"1\" }\n";
		Path file = workspace.resolve("site.berth");
		Files.writeString(file, text);
		Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			Client client = new Client();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(),
					server.getOutputStream());
			launcher.startListening();
			LanguageServer remote = launcher.getRemoteProxy();
			InitializeParams init = new InitializeParams();
			init.setRootUri(workspace.toUri().toString());
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "site")));
			init.setCapabilities(new ClientCapabilities());
			assertTrue(remote.initialize(init).get(30, TimeUnit.SECONDS).getCapabilities().getCompletionProvider() != null);
			remote.initialized(new InitializedParams());
			String uri = file.toUri().toString();
			remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "berth", 1, text)));
			PublishDiagnosticsParams published = client.diagnostics.get(30, TimeUnit.SECONDS);
			List<String> codes = published.getDiagnostics().stream().map(d -> d.getCode().getLeft()).sorted().toList();
			assertEquals(List.of("image.latest", "placement.no-runtime"), codes);
			TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
			var completion = remote.getTextDocumentService().completion(new CompletionParams(document, new Position(1, 20)))
					.get(30, TimeUnit.SECONDS);
			assertFalse(completion.getRight().getItems().isEmpty());
			var hover = remote.getTextDocumentService().hover(new HoverParams(document, new Position(1, 5))).get(30,
					TimeUnit.SECONDS);
			assertTrue(hover.getContents().getRight().getValue().startsWith("**host h**"));
			var actions = remote.getTextDocumentService().codeAction(new CodeActionParams(document,
					published.getDiagnostics().get(0).getRange(), new CodeActionContext(published.getDiagnostics())))
					.get(30, TimeUnit.SECONDS);
			assertFalse(actions.isEmpty());
			remote.shutdown().get(30, TimeUnit.SECONDS);
			remote.exit();
		} finally {
			server.destroy();
			server.waitFor(10, TimeUnit.SECONDS);
		}
	}
}
