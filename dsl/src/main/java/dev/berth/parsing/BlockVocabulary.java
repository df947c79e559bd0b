package dev.berth.parsing;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import dev.berth.berth.Element;
import dev.berth.services.BerthGrammarAccess;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;

/** The words that may start a property in each kind of block, read from the grammar itself. */
@Singleton
public class BlockVocabulary {

	@Inject
	private BerthGrammarAccess grammar;

	private final ConcurrentHashMap<EClass, List<String>> propertyWords = new ConcurrentHashMap<>();

	/** The kind and name of an element, such as {@code host node1}. */
	public String describe(Element element) {
		String kind = keywordOf(element.eClass());
		return element.getName() == null ? kind : kind + " " + element.getName();
	}

	/** The words that start a property in a block of the given kind, separated by commas. */
	public String propertyWords(EClass type) {
		return String.join(", ", propertyWordList(type));
	}

	/** The words that start a property in a block of the given kind. */
	public List<String> propertyWordList(EClass type) {
		return propertyWords.computeIfAbsent(type, this::readPropertyWords);
	}

	/** The words that start a declaration at the top of a file, separated by commas. */
	public String elementWords() {
		Set<String> words = new LinkedHashSet<>();
		words.add("import");
		for (AbstractElement alternative : grammar.getElementAccess().getAlternatives().getElements()) {
			words.add(firstKeyword(alternative));
		}
		return String.join(", ", words);
	}

	private String keywordOf(EClass type) {
		ParserRule rule = ruleOf(type);
		return rule == null ? type.getName().toLowerCase() : firstKeyword(rule.getAlternatives());
	}

	private List<String> readPropertyWords(EClass type) {
		ParserRule rule = ruleOf(type);
		if (rule == null) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>();
		for (EObject element : EcoreUtil2.eAllContentsAsList(rule.getAlternatives())) {
			if (element instanceof Alternatives block && "*".equals(block.getCardinality())) {
				block.getElements().forEach(alternative -> words.add(firstKeyword(alternative)));
				break;
			}
		}
		words.remove(null);
		return List.copyOf(words);
	}

	private ParserRule ruleOf(EClass type) {
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			if (rule.getType().getClassifier() == type && rule.getAlternatives() instanceof Group) {
				return rule;
			}
		}
		return null;
	}

	private static String firstKeyword(EObject element) {
		if (element instanceof Keyword keyword) {
			return keyword.getValue();
		}
		if (element instanceof Assignment assignment) {
			return firstKeyword(assignment.getTerminal());
		}
		if (element instanceof RuleCall call && call.getRule() instanceof ParserRule rule) {
			return firstKeyword(rule.getAlternatives());
		}
		if (element instanceof Group group) {
			for (AbstractElement part : group.getElements()) {
				if (!(part instanceof Action)) {
					return firstKeyword(part);
				}
			}
		}
		return null;
	}
}
