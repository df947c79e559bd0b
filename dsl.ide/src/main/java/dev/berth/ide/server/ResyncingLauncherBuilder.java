package dev.berth.ide.server;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.services.LanguageClient;

/** Builds a launcher whose input is read by a {@link ResyncingMessageProducer}. */
final class ResyncingLauncherBuilder extends Launcher.Builder<LanguageClient> {

	private MessageJsonHandler jsonHandler;

	private RemoteEndpoint endpoint;

	@Override
	protected MessageJsonHandler createJsonHandler() {
		jsonHandler = super.createJsonHandler();
		return jsonHandler;
	}

	@Override
	protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
		endpoint = super.createRemoteEndpoint(handler);
		return endpoint;
	}

	@Override
	protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer,
			LanguageClient proxy) {
		return super.createMessageProcessor(new ResyncingMessageProducer(input, jsonHandler, endpoint), consumer, proxy);
	}
}
