package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.berth.ide.build.BerthBuildModule;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.ide.server.ServerModule;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** With the server's own request queue, a burst of keystrokes is validated far fewer times than it has keys, and the last diagnostics reflect the last keystroke. */
class TypingBurstTest extends LanguageServerTestBase {

	private static final String SITE = "deployment d\nhost h { hypervisor kvm runtime docker }\ncontainer web on h {\n    image \"nginx:1.27.2\"\n    user \"1\"\n    depends on z\n}\n";
	private static final int KEYS = 30;

	private final AtomicInteger published = new AtomicInteger();

	@Override
	protected Module getServerModule() {
		return Modules.override(new ServerModule()).with(new BerthBuildModule());
	}

	@Override
	public void notify(String method, Object parameter) {
		if (parameter instanceof PublishDiagnosticsParams) {
			published.incrementAndGet();
		}
		super.notify(method, parameter);
	}

	@Test
	void theDiagnosticsAfterABurstOfKeystrokesReflectTheLastOne() throws InterruptedException {
		String uri = workspace(SITE).get(0);
		open(uri, SITE);
		String last = "z" + "abcdefghijklmnopqrstuvwxyzabcd".substring(0, KEYS);
		assertTrue(awaitUnresolved(uri, "z"));
		published.set(0);
		for (int key = 0; key < KEYS; key++) {
			Position at = new Position(5, 16 + key);
			languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, key + 2),
					List.of(new TextDocumentContentChangeEvent(new Range(at, at), last.substring(key + 1, key + 2)))));
		}
		assertTrue(awaitUnresolved(uri, last), "the last keystroke's diagnostics: " + diagnostics(uri));
		Thread.sleep(500);
		Assertions.assertEquals(List.of("named '" + last + "'"), unresolvedNames(uri));
		assertTrue(published.get() < KEYS / 3, published.get() + " publications for " + KEYS + " keystrokes");
	}

	private boolean awaitUnresolved(String uri, String name) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline && !unresolvedNames(uri).equals(List.of("named '" + name + "'"))) {
			Thread.sleep(20);
		}
		return unresolvedNames(uri).equals(List.of("named '" + name + "'"));
	}

	private List<String> unresolvedNames(String uri) {
		return List.copyOf(diagnostics(uri)).stream().map(d -> d.getMessage().getLeft()).filter(m -> m.contains("named '"))
				.map(m -> m.substring(m.indexOf("named '"), m.indexOf('\'', m.indexOf("named '") + 7) + 1)).toList();
	}
}
