package dev.berth.ide.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.Document;

/** An open document whose positions are clamped, whose lines may end in CR, LF or CRLF, and whose version is the client's. */
public class BerthDocument extends Document {

	private LineIndex lines;

	public BerthDocument(Integer version, String contents) {
		super(version, contents, false);
	}

	public LineIndex lines() {
		if (lines == null) {
			lines = new LineIndex(getContents());
		}
		return lines;
	}

	@Override
	public int getOffSet(Position position) {
		return lines().offset(position);
	}

	@Override
	public Position getPosition(int offset) {
		if (offset < 0 || offset > getContents().length()) {
			throw new IndexOutOfBoundsException(offset);
		}
		return lines().position(offset);
	}

	@Override
	public String getLineContent(int line) {
		if (line < 0 || line >= getLineCount()) {
			throw new IndexOutOfBoundsException(line);
		}
		return lines().line(line);
	}

	@Override
	public int getLineCount() {
		return lines().lineCount();
	}

	@Override
	public Document applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes) {
		return applyTextDocumentChanges(changes, getVersion() == null ? null : getVersion() + 1);
	}

	/** Applies a client's changes in order, each against the text the previous one left, and takes the client's version. */
	public BerthDocument applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes, Integer version) {
		BerthDocument document = new BerthDocument(version, getContents());
		for (TextDocumentContentChangeEvent change : changes) {
			String text = document.getContents();
			String changed = change.getRange() == null ? change.getText()
					: text.substring(0, document.getOffSet(change.getRange().getStart())) + change.getText()
							+ text.substring(document.getOffSet(change.getRange().getEnd()));
			document = new BerthDocument(version, changed);
		}
		return document;
	}
}
