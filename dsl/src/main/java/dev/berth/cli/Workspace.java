package dev.berth.cli;

import com.google.inject.Injector;
import dev.berth.model.Site;
import dev.berth.scoping.SiteIndex;
import dev.berth.validation.IssueCodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/** Every {@code .berth} file one command sees, loaded into one resource set so that they link together. */
public final class Workspace {

	private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
			.thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column).thenComparing(Diagnostic::code);

	private final Injector injector;
	private final XtextResourceSet resourceSet;
	private final Map<Resource, SourceFile> files = new LinkedHashMap<>();
	private final List<Diagnostic> encodingErrors = new ArrayList<>();

	private Workspace(Injector injector) {
		this.injector = injector;
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
	}

	/**
	 * Reads and parses the files that the paths stand for.
	 *
	 * @throws InputException when a path cannot be read
	 */
	public static Workspace load(Injector injector, List<Path> paths) {
		Workspace workspace = new Workspace(injector);
		for (SourceFile file : SourceFinder.find(paths)) {
			workspace.add(file);
		}
		workspace.link();
		return workspace;
	}

	private void add(SourceFile file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file.path());
		} catch (IOException e) {
			throw new InputException("cannot read " + file.displayPath() + ": " + e.getMessage());
		}
		Utf8Text text = Utf8Text.decode(bytes);
		text.firstInvalid().ifPresent(invalid -> encodingErrors.add(new Diagnostic(file.displayPath(),
				invalid.line(), invalid.column(), invalid.line(), invalid.column() + 1, Diagnostic.Severity.ERROR,
				String.format("the file is not valid UTF-8: byte 0x%02X cannot appear here; save the file as UTF-8",
						invalid.firstByte()),
				IssueCodes.SYNTAX, List.of())));
		Resource resource = resourceSet.createResource(URI.createFileURI(file.path().toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(text.text().getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new InputException("cannot read " + file.displayPath() + ": " + e.getMessage());
		}
		files.put(resource, file);
	}

	/** Indexes the names of every file, then resolves every reference in one pass before any check reads them. */
	private void link() {
		SiteIndex.install(resourceSet);
		for (Resource resource : files.keySet()) {
			EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		}
	}

	/** The language's services. */
	public Injector injector() {
		return injector;
	}

	/** The file a resource was read from. */
	public SourceFile file(Resource resource) {
		return files.get(resource);
	}

	/** The site of every loaded file. */
	public Site site() {
		return Site.of(resourceSet);
	}

	/** The loaded resources, in the order their files were found. */
	public List<Resource> resources() {
		return List.copyOf(files.keySet());
	}

	/** Every diagnostic of every file (syntax, encoding, linking and validation), ordered by position. */
	public List<Diagnostic> validate() {
		List<Diagnostic> diagnostics = new ArrayList<>(encodingErrors);
		files.forEach((resource, file) -> {
			IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider()
					.getResourceValidator();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				diagnostics.add(toDiagnostic(file, issue));
			}
		});
		diagnostics.sort(ORDER);
		return diagnostics;
	}

	private static Diagnostic toDiagnostic(SourceFile file, Issue issue) {
		int line = valueOr(issue.getLineNumber(), 1);
		int column = valueOr(issue.getColumn(), 1);
		return new Diagnostic(file.displayPath(), line, column, valueOr(issue.getLineNumberEnd(), line),
				valueOr(issue.getColumnEnd(), column), severity(issue), issue.getMessage(),
				issue.getCode() == null ? "internal" : issue.getCode(),
				issue.getData() == null ? List.of() : Arrays.asList(issue.getData()));
	}

	private static Diagnostic.Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
			case ERROR -> Diagnostic.Severity.ERROR;
			case WARNING -> Diagnostic.Severity.WARNING;
			default -> Diagnostic.Severity.INFO;
		};
	}

	private static int valueOr(Integer value, int fallback) {
		return value == null ? fallback : value;
	}
}
