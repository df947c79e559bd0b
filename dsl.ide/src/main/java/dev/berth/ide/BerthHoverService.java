package dev.berth.ide;

import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Hovers that explain: on a keyword, what it means where it stands (from {@code keywords.properties});
 * on an element, its kind and, on a machine, its utilisation.
 */
public class BerthHoverService extends HoverService {

	private static final Properties KEYWORDS = load();

	/** Rules whose keywords are words written as names, not keywords in their meaning. */
	private static final Set<String> NAME_RULES = Set.of("Name", "Word");

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		int offset = document.getOffSet(params.getPosition());
		ILeafNode leaf = resource.getParseResult() == null ? null
				: NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		Keyword keyword = leaf == null ? null : keywordOf(leaf.getGrammarElement());
		String explanation = keyword == null ? null : explanation(keyword);
		if (explanation != null) {
			Range range = new Range(document.getPosition(leaf.getOffset()), document.getPosition(leaf.getEndOffset()));
			return new Hover(new MarkupContent(MarkupKind.MARKDOWN, "**" + keyword.getValue() + "**: " + explanation), range);
		}
		return super.hover(document, resource, params, cancelIndicator);
	}

	/** What a keyword means where it stands: {@code Rule.keyword} if the rule gives it a meaning of its own, else {@code keyword}. */
	private static String explanation(Keyword keyword) {
		String rule = GrammarUtil.containingRule(keyword).getName();
		if (NAME_RULES.contains(rule)) {
			return null;
		}
		return KEYWORDS.getProperty(rule + "." + keyword.getValue(), KEYWORDS.getProperty(keyword.getValue()));
	}

	/** The keyword a leaf was parsed from: a keyword itself, or the keyword of an enum value such as {@code healthy}. */
	private static Keyword keywordOf(EObject grammarElement) {
		if (grammarElement instanceof Keyword keyword) {
			return keyword;
		}
		return grammarElement instanceof EnumLiteralDeclaration literal ? literal.getLiteral() : null;
	}

	@Override
	public String getContents(EObject object) {
		if (!(object instanceof Element element)) {
			return super.getContents(object);
		}
		String title = "**" + element.eClass().getName().toLowerCase() + " " + element.getName() + "**";
		String explanation = KEYWORDS.getProperty(element.eClass().getName().toLowerCase(), "");
		String utilisation = element instanceof Machine machine ? "\n\n" + MachineUtilisation.describe(machine) : "";
		return title + (explanation.isEmpty() ? "" : ": " + explanation) + utilisation;
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (InputStream in = BerthHoverService.class.getResourceAsStream("keywords.properties")) {
			properties.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
