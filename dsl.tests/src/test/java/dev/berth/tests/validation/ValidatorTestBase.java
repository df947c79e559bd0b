package dev.berth.tests.validation;

import com.google.inject.Inject;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;

/** Parses models for the validator tests and returns their issues. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
abstract class ValidatorTestBase {

	@Inject
	protected ModelFixture fixture;

	/** The issues of one model text. */
	protected List<Issue> issues(String text) {
		return fixture.issues(fixture.parse(text));
	}

	/** The issues of every file, the texts parsed as files of one folder. */
	protected List<Issue> issuesOfAll(String... texts) {
		List<Issue> issues = new ArrayList<>();
		fixture.parseAll(texts).forEach(deployment -> issues.addAll(fixture.issues(deployment)));
		return issues;
	}
}
