package dev.berth.ide;

import com.google.inject.Inject;
import dev.berth.berth.Element;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** A text edit that adds a property to an element's block, indented as the file indents, in whichever file declares the element. */
class PropertyInsertion {

	@Inject
	private UriExtensions uris;

	/** The file's URI and the edit that inserts the property before the block's closing brace. */
	Map.Entry<String, TextEdit> addProperty(Element element, String property) {
		return Map.entry(uris.toUriString(element.eResource().getURI()), edit(element, property));
	}

	/**
	 * The edit that inserts the property before the block's closing brace: on a line of its own, indented like the
	 * block's first property, when the brace starts a line; else on the brace's line.
	 */
	static TextEdit edit(EObject element, String property) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		String text = node.getRootNode().getText();
		ILeafNode open = null;
		ILeafNode first = null;
		ILeafNode close = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			if (open != null && first == null) {
				first = leaf;
			}
			open = open == null && leaf.getText().equals("{") ? leaf : open;
			close = leaf.getText().equals("}") ? leaf : close;
		}
		if (close == null) {
			return insert(text, node.getEndOffset(), " " + property);
		}
		int offset = close.getOffset();
		if (!Indentation.startsLine(text, offset)) {
			boolean spaced = Character.isWhitespace(text.charAt(offset - 1));
			return insert(text, offset, (spaced ? "" : " ") + property + " ");
		}
		String indent = first != close && Indentation.startsLine(text, first.getOffset())
				? Indentation.ofLine(text, first.getOffset())
				: Indentation.ofLine(text, offset) + Indentation.unit(text);
		return insert(text, Indentation.lineStart(text, offset), indent + property + Indentation.lineBreak(text));
	}

	private static TextEdit insert(String text, int offset, String inserted) {
		Document document = new Document(1, text);
		return new TextEdit(new Range(document.getPosition(offset), document.getPosition(offset)), inserted);
	}
}
