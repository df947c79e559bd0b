package dev.berth.tests.support;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.berth.berth.Deployment;
import dev.berth.berth.Element;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/** Parses model texts as files of one folder, linked together, and validates them. */
public class ModelFixture {

	/** The folder the parsed texts seem to live in. */
	public static final String FOLDER = "/models";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** Parses each text as the file {@code /models/fileN.berth} of one resource set. */
	public List<Deployment> parseAll(String... texts) {
		return load(texts).stream().map(resource -> (Deployment) resource.getContents().get(0)).toList();
	}

	/** Every issue of a text that may not even hold a deployment. */
	public List<Issue> issuesOfText(String text) {
		return issues((XtextResource) load(text).get(0));
	}

	private List<Resource> load(String... texts) {
		XtextResourceSet set = resourceSets.get();
		List<Resource> resources = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			Resource resource = set.createResource(URI.createFileURI(FOLDER + "/file" + (i + 1) + ".berth"));
			try {
				resource.load(new ByteArrayInputStream(texts[i].getBytes(StandardCharsets.UTF_8)), null);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			resources.add(resource);
		}
		return resources;
	}

	/** Parses one text. */
	public Deployment parse(String text) {
		return parseAll(text).get(0);
	}

	/** Every issue of the deployment's file: syntax, linking and validation. */
	public List<Issue> issues(Deployment deployment) {
		return issues((XtextResource) deployment.eResource());
	}

	/** The errors of the deployment's file: issues of severity error. */
	public List<Issue> errors(Deployment deployment) {
		return issues(deployment).stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
	}

	/** The codes of issues, in order. */
	public static List<String> codes(List<Issue> issues) {
		return issues.stream().map(Issue::getCode).toList();
	}

	private static List<Issue> issues(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** The element of the given name and type, declared in the deployment. */
	public static <T extends Element> T element(Deployment deployment, String name, Class<T> type) {
		return deployment.getElements().stream().filter(type::isInstance).map(type::cast)
				.filter(e -> name.equals(e.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}
}
