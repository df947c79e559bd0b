package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static dev.berth.tests.support.IssueAssertions.messageAt;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Images follow Docker's reference grammar and are pinned. */
class ImageValidatorTest extends ValidatorTestBase {

	private List<Issue> imageIssues(String image) {
		return issues("deployment d\nhost h { runtime docker }\ncontainer c on h { image \"" + image + "\" }\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "nginx:1.27.2", "library/nginx:1.27", "registry.example.com:5000/team/app:1.2",
			"localhost:5000/app:v1", "ghcr.io/org/my_app__x:2024-01-01",
			"nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
			"quay.io/a/b:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" })
	void validPinnedReferences(String image) {
		List<Issue> issues = imageIssues(image);
		assertNotRaised(issues, "image.invalid");
		assertNotRaised(issues, "image.latest");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nginx:1.2", "nginx:", "my image:1", "nginx@sha256:short", "-nginx:1", "a//b:1", "",
			"nginx:1.2:3" })
	void invalidReferences(String image) {
		assertRaised(imageIssues(image), "image.invalid", Severity.ERROR, 3);
	}

	@Test
	void aContainerWithNeitherImageNorBuild() {
		List<Issue> issues = issues("deployment d\nhost h { runtime docker }\ncontainer c on h { }\n");
		Issue issue = assertRaised(issues, "image.none", Severity.ERROR, 3);
		assertEquals("container c has neither an image nor a build context, so there is nothing to run; add one such "
				+ "as `image \"nginx:1.27.2\"`, or `build \"./c\"` with a folder that holds its Dockerfile",
				issue.getMessage());
		assertNotRaised(issues, "image.invalid");
	}

	@Test
	void aBuildNeedsNoImage() {
		List<Issue> issues = issues("deployment d\nhost h { runtime docker }\ncontainer c on h { build \"./c\" }\n");
		assertNotRaised(issues, "image.none");
		assertNotRaised(issues, "image.invalid");
		assertNotRaised(issues, "image.latest");
	}

	@Test
	void theTagOfABuildIsNotAPull() {
		assertNotRaised(issues("deployment d\nhost h { runtime docker }\ncontainer c on h { build \"./c\" image \"app\" }\n"),
				"image.latest");
	}

	@Test
	void noTagOrLatestIsNotReproducible() {
		List<Issue> issues = issues("""
				deployment d
				host h { runtime docker }
				container a on h { image "nginx" }
				container b on h { image "nginx:latest" }
				container e on h { image "registry.example.com:5000/app" }
				""");
		assertEquals(List.of(3, 4, 5), linesOf(issues, "image.latest"));
		assertEquals("image nginx has no tag, so every pull may bring another version; pin a version tag (such as "
				+ "nginx:1.2.3) or a digest", messageAt(issues, "image.latest", 3));
	}
}
