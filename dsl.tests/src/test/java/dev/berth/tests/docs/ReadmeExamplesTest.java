package dev.berth.tests.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.inject.Inject;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import dev.berth.tests.support.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every {@code berth} code block of the README parses and validates with no error. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class ReadmeExamplesTest {

	private static final Pattern BLOCK = Pattern.compile("```berth\\R(.*?)```", Pattern.DOTALL);

	@Inject
	private ModelFixture fixture;

	@Test
	void readmeModelsHaveNoError() throws IOException {
		Matcher matcher = BLOCK.matcher(Files.readString(Project.path("README.md")));
		List<String> blocks = new ArrayList<>();
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		assertFalse(blocks.isEmpty(), "the README shows the language");
		for (String block : blocks) {
			List<Issue> errors = fixture.issuesOfText(block).stream()
					.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
			assertEquals(List.of(), errors, block);
		}
	}
}
