package dev.berth.tests.ide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;

/** Applies a server's workspace edit to a file's text, as an editor would. */
final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	static String apply(WorkspaceEdit edit, String uri, String text) {
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null && edit.getChanges().containsKey(uri)) {
			edits.addAll(edit.getChanges().get(uri));
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				if (change.isLeft() && change.getLeft().getTextDocument().getUri().equals(uri)) {
					change.getLeft().getEdits().stream().filter(Either::isLeft).map(Either::getLeft).forEach(edits::add);
				}
			}
		}
		return apply(edits, text);
	}

	/** Applies edits that are all relative to the original text, from the last to the first. */
	static String apply(List<? extends TextEdit> edits, String text) {
		Document original = new Document(1, text);
		StringBuilder result = new StringBuilder(text);
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> original.getOffSet(e.getRange().getStart())).reversed());
		for (TextEdit edit : sorted) {
			result.replace(original.getOffSet(edit.getRange().getStart()), original.getOffSet(edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}
}
