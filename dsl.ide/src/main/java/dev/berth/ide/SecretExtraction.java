package dev.berth.ide;

import com.google.inject.Inject;
import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Deployment;
import dev.berth.berth.EnvVar;
import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.scoping.IScopeProvider;

/**
 * Moves a container's plaintext variable into a {@code secret ... from env} with two edits: the declaration
 * inserted above the container (and above the comment lines that introduce it), the variable replaced by
 * the secret's reference in place; nothing else of the file changes.
 */
class SecretExtraction {

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IValueConverterService values;

	List<TextEdit> edits(Container container, String key, String name, Document document) {
		EnvVar variable = container.getEnv().stream().filter(v -> key.equals(v.getKey()) && v.getValue() != null)
				.findFirst().orElse(null);
		if (variable == null) {
			return List.of();
		}
		ICompositeNode node = NodeModelUtils.getNode(container);
		ICompositeNode written = NodeModelUtils.getNode(variable);
		String text = node.getRootNode().getText();
		String declaration = "secret " + name + " from env " + values.toString(key, "STRING");
		TextEdit declare;
		if (Indentation.startsLine(text, node.getOffset())) {
			int at = introductionStart(node.getRootNode(), text, node.getOffset());
			String lineBreak = Indentation.lineBreak(text);
			declare = edit(document, at, at, Indentation.ofLine(text, at) + declaration + lineBreak + lineBreak);
		} else {
			declare = edit(document, node.getOffset(), node.getOffset(), declaration + " ");
		}
		TextEdit replace = edit(document, written.getOffset(), written.getEndOffset(), "secret " + reference(container, name));
		return List.of(declare, replace);
	}

	/** The simple name when it names nothing yet in the container's scope, else the name qualified by the deployment. */
	private String reference(Container container, String name) {
		boolean taken = scopes.getScope(container, BerthPackage.Literals.CONTAINER__SECRETS)
				.getSingleElement(QualifiedName.create(name)) != null;
		return taken ? ((Deployment) container.eContainer()).getName() + "." + name : name;
	}

	/** The start of the line holding {@code offset}, or of the comment lines directly above it. */
	private static int introductionStart(ICompositeNode root, String text, int offset) {
		int start = Indentation.lineStart(text, offset);
		while (start > 0) {
			int end = start - 1;
			if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
				end--;
			}
			int previous = Indentation.lineStart(text, end);
			String line = text.substring(previous, end);
			if (line.isBlank()) {
				return start;
			}
			ILeafNode first = NodeModelUtils.findLeafNodeAtOffset(root, previous + line.indexOf(line.strip()));
			if (first == null || !isComment(first) || !Indentation.startsLine(text, first.getOffset())) {
				return start;
			}
			start = Indentation.lineStart(text, first.getOffset());
		}
		return start;
	}

	private static boolean isComment(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT");
	}

	private static TextEdit edit(Document document, int from, int to, String text) {
		return new TextEdit(new Range(document.getPosition(from), document.getPosition(to)), text);
	}
}
