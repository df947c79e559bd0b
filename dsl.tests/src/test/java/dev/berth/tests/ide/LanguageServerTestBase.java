package dev.berth.tests.ide;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Runs Xtext's in-process language server for Berth under JUnit 5, with a workspace folder of files. */
abstract class LanguageServerTestBase extends AbstractLanguageServerTest {

	LanguageServerTestBase() {
		super("berth");
	}

	@BeforeEach
	void startServer() {
		setup();
	}

	@AfterEach
	void stopServer() {
		cleanup();
	}

	/** Writes the files into the workspace, starts the server on it, and returns their URIs. */
	protected List<String> workspace(String... texts) {
		List<String> uris = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			uris.add(writeFile("file" + (i + 1) + ".berth", texts[i]));
		}
		initialize();
		return uris;
	}

	/** The diagnostics the server published for a file. */
	protected List<Diagnostic> diagnostics(String uri) {
		return getDiagnostics().getOrDefault(uri, List.of());
	}

	/** The codes of a file's diagnostics. */
	protected List<String> codes(String uri) {
		return diagnostics(uri).stream().map(d -> d.getCode().getLeft()).toList();
	}

	protected static TextDocumentIdentifier document(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	protected static Position at(int line, int column) {
		return new Position(line, column);
	}

	protected static <T> T await(CompletableFuture<T> future) {
		try {
			return future.get();
		} catch (InterruptedException | ExecutionException e) {
			throw new AssertionError(e);
		}
	}
}
