package dev.berth.ide;

import com.google.inject.Inject;
import dev.berth.berth.Element;
import java.util.Map;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** A text edit that adds a property line to an element's block, in whichever file declares the element. */
class PropertyInsertion {

	private static final String INDENT = "    ";

	@Inject
	private UriExtensions uris;

	/** The file's URI and the edit that inserts the property before the block's closing brace. */
	Map.Entry<String, TextEdit> addProperty(Element element, String property) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		ILeafNode close = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().equals("}")) {
				close = leaf;
			}
		}
		String text = node.getRootNode().getText();
		Document document = new Document(1, text);
		int offset = close == null ? node.getEndOffset() : close.getOffset();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		boolean braceStartsLine = text.substring(lineStart, offset).isBlank();
		int at = braceStartsLine ? lineStart : offset;
		String inserted = braceStartsLine ? INDENT + property + "\n" : " " + property + " ";
		TextEdit edit = new TextEdit(new Range(document.getPosition(at), document.getPosition(at)),
				inserted);
		return Map.entry(uris.toUriString(element.eResource().getURI()), edit);
	}
}
