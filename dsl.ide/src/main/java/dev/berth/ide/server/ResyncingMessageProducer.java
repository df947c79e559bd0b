package dev.berth.ide.server;

import java.io.InputStream;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;

/**
 * Reads LSP frames and finds the next frame after a bad one: the body of a frame without a usable Content-Length is
 * read as a header line, so a Content-Length header found inside a line starts the next frame.
 */
final class ResyncingMessageProducer extends StreamMessageProducer {

	private static final String CONTENT_LENGTH = CONTENT_LENGTH_HEADER + ":";

	ResyncingMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler) {
		super(input, jsonHandler, issueHandler);
	}

	@Override
	protected void parseHeader(String line, Headers headers) {
		int start = line.lastIndexOf(CONTENT_LENGTH);
		super.parseHeader(start > 0 ? line.substring(start) : line, headers);
	}
}
