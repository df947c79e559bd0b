package dev.berth.tests.validation;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;

/** Parses models for the validator tests and returns their issues. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
abstract class ValidatorTestBase {

	@Inject
	protected ModelFixture fixture;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

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

	/** The issues of a model file on disk, whose relative paths name the files beside it. */
	protected List<Issue> issuesOfFile(Path file) {
		XtextResource resource = (XtextResource) resourceSets.get().getResource(URI.createFileURI(file.toString()),
				true);
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}
}
