package dev.berth.parsing;

import com.google.inject.Inject;
import dev.berth.berth.Element;
import dev.berth.berth.Size;
import dev.berth.berth.SizeUnit;
import dev.berth.validation.IssueCodes;
import java.util.stream.Collectors;
import org.antlr.runtime.EarlyExitException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

/** Turns ANTLR's recognition errors into sentences a person understands, with the code {@code syntax}. */
public class BerthSyntaxErrorMessageProvider implements ISyntaxErrorMessageProvider {

	@Inject
	private BlockVocabulary vocabulary;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(describe(context), IssueCodes.SYNTAX);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getValueConverterException().getMessage(), IssueCodes.SYNTAX);
	}

	private String describe(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		if (e == null) {
			return context.getDefaultMessage();
		}
		String[] names = context.getTokenNames();
		int expecting = e instanceof MismatchedTokenException mismatch ? mismatch.expecting : Token.INVALID_TOKEN_TYPE;
		boolean specific = expecting >= Token.MIN_TOKEN_TYPE && !TokenNames.isBlockEnd(names, expecting);
		if (specific && e instanceof MissingTokenException) {
			return "missing " + TokenNames.expected(names, expecting) + " before " + TokenNames.found(e.token);
		}
		if (specific) {
			return "expected " + TokenNames.expected(names, expecting) + " but found " + TokenNames.found(e.token);
		}
		if (e instanceof EarlyExitException) {
			return "expected a name but found " + TokenNames.found(e.token);
		}
		if (context.getCurrentContext() instanceof Size) {
			return "expected a size unit (" + SizeUnit.VALUES.stream().map(SizeUnit::getLiteral)
					.collect(Collectors.joining(", ")) + ") after the number but found " + TokenNames.found(e.token);
		}
		return unexpected(e.token, context.getCurrentContext());
	}

	private String unexpected(Token token, EObject context) {
		if (context instanceof Element element) {
			if (TokenNames.isEndOfFile(token)) {
				return "the file ends before '}' closes " + vocabulary.describe(element);
			}
			return "unexpected " + TokenNames.found(token) + " in " + vocabulary.describe(element)
					+ ", where a property starts with one of: " + vocabulary.propertyWords(element.eClass())
					+ " ('}' ends the block)";
		}
		return "unexpected " + TokenNames.found(token) + "; a declaration starts with one of: "
				+ vocabulary.elementWords();
	}
}
