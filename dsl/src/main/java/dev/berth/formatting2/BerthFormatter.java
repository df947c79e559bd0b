package dev.berth.formatting2;

import com.google.inject.Inject;
import dev.berth.berth.Deployment;
import dev.berth.berth.Element;
import dev.berth.berth.Import;
import dev.berth.berth.Secret;
import dev.berth.parsing.BlockVocabulary;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The canonical layout: one space between words, {@code deployment} and imports first, a blank
 * line between declarations (consecutive secrets stay together), blocks indented with one property
 * a line, and no spaces around {@code .}, {@code :}, a range's {@code -}, before {@code ,} or inside a list.
 */
public class BerthFormatter extends AbstractFormatter2 {

	@Inject
	private BlockVocabulary vocabulary;

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof Deployment deployment) {
			formatDeployment(deployment, document);
		}
	}

	private void formatDeployment(Deployment deployment, IFormattableDocument document) {
		for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(deployment)) {
			document.surround(region, f -> { f.oneSpace(); f.lowPriority(); });
			if (isSpacedName(region)) {
				document.addReplacer(new TightNameReplacer(region));
			}
		}
		tight(textRegionExtensions.allRegionsFor(deployment), document);
		document.prepend(textRegionExtensions.regionFor(deployment).keyword("deployment"), f -> { f.noSpace(); f.highPriority(); });
		EObject previous = null;
		for (Import anImport : deployment.getImports()) {
			int lines = previous == null ? 2 : 1;
			document.prepend(anImport, f -> { f.setNewLines(lines); f.highPriority(); });
			previous = anImport;
		}
		for (Element element : deployment.getElements()) {
			int lines = element instanceof Secret && previous instanceof Secret ? 1 : 2;
			document.prepend(element, f -> { f.setNewLines(lines); f.highPriority(); });
			formatBlock(element, document);
			previous = element;
		}
		document.set(textRegionExtensions.regionForEObject(deployment).getNextHiddenRegion(),
				f -> { f.setNewLines(1); f.highPriority(); });
	}

	private void formatBlock(Element element, IFormattableDocument document) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(element);
		ISemanticRegion open = regions.keyword("{");
		ISemanticRegion close = regions.keyword("}");
		if (open == null || close == null) {
			return;
		}
		document.interior(open, close, f -> { f.indent(); });
		document.prepend(close, f -> { f.newLine(); f.highPriority(); });
		List<String> words = vocabulary.propertyWordList(element.eClass());
		for (ISemanticRegion keyword : regions.keywords(words.toArray(String[]::new))) {
			document.prepend(keyword, f -> { f.newLine(); f.highPriority(); });
		}
		for (EObject child : element.eContents()) {
			ISemanticRegion first = textRegionExtensions.regionForEObject(child).getPreviousHiddenRegion()
					.getNextSemanticRegion();
			if (first != null && first.getGrammarElement() instanceof Keyword keyword && words.contains(keyword.getValue())) {
				document.prepend(first, f -> { f.newLine(); f.highPriority(); });
			}
			tight(textRegionExtensions.allRegionsFor(child), document);
		}
	}

	/** A qualified name written with blanks around its dots (one region for the parser), and no comment inside. */
	private static boolean isSpacedName(ISemanticRegion region) {
		String text = region.getText();
		return text.contains(".") && text.chars().anyMatch(Character::isWhitespace) && !text.contains("/")
				&& !text.startsWith("\"");
	}

	/** No space around {@code .}, {@code :} and {@code -}, none before {@code ,}, none inside {@code [ ]}. */
	private static void tight(ISemanticRegionsFinder regions, IFormattableDocument document) {
		for (ISemanticRegion region : regions.keywords("[")) {
			document.append(region, f -> { f.noSpace(); });
		}
		for (ISemanticRegion region : regions.keywords("]")) {
			document.prepend(region, f -> { f.noSpace(); });
		}
		for (ISemanticRegion region : regions.keywords(".", ":", "-")) {
			document.surround(region, f -> { f.noSpace(); });
		}
		for (ISemanticRegion region : regions.keywords(",")) {
			document.prepend(region, f -> { f.noSpace(); });
		}
	}
}
