package dev.berth.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client whose published diagnostics carry the version of the document they belong to. */
final class VersionedDiagnostics {

	private VersionedDiagnostics() {
	}

	/** The client, with each published diagnostic's version set from {@code versions} (null for a file not open). */
	static LanguageClient wrap(LanguageClient client, Function<String, Integer> versions) {
		return (LanguageClient) Proxy.newProxyInstance(LanguageClient.class.getClassLoader(),
				new Class<?>[] { LanguageClient.class }, (proxy, method, arguments) -> {
					if (arguments != null && arguments.length == 1 && arguments[0] instanceof PublishDiagnosticsParams params) {
						params.setVersion(versions.apply(params.getUri()));
					}
					try {
						return method.invoke(client, arguments);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}
}
