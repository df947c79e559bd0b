package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static dev.berth.tests.support.IssueAssertions.messageAt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** {@code env.name-invalid}: env keys and the variables read from the deploying environment. */
class EnvironmentValidatorTest extends ValidatorTestBase {

	private static final String HOST = "deployment d\nhost h { runtime docker }\n";

	@Test
	void anEnvKeyWithAHyphen() {
		Issue issue = assertRaised(issues(HOST + """
				container c on h { image "a:1" user "1"
				    env log-level = "info"
				}
				"""), "env.name-invalid", Severity.ERROR, 4);
		assertEquals("env key 'log-level' is not a valid environment variable name: shells and Compose take letters, "
				+ "digits and underscores, not starting with a digit; write log_level", issue.getMessage());
		assertArrayEquals(new String[] { "log-level", "log_level" }, issue.getData());
	}

	@Test
	void variablesReadFromTheEnvironment() {
		List<Issue> issues = issues(HOST + """
				secret token from env "API-TOKEN"
				secret ok from env "API_TOKEN"
				container c on h { image "a:1" user "1"
				    env URL from env "1URL"
				    env NAME from env ""
				    env HOME from env "HOME"
				}
				""");
		assertEquals(List.of(3, 6, 7), linesOf(issues, "env.name-invalid"));
		assertEquals("the variable read by env URL '1URL' is not a valid environment variable name: shells and "
				+ "Compose take letters, digits and underscores, not starting with a digit; write _1URL",
				messageAt(issues, "env.name-invalid", 6));
		assertEquals("the variable read by secret token 'API-TOKEN' is not a valid environment variable name: shells "
				+ "and Compose take letters, digits and underscores, not starting with a digit; write API_TOKEN",
				messageAt(issues, "env.name-invalid", 3));
	}

	@Test
	void validNamesAndSecretFilesAreFine() {
		assertNotRaised(issues(HOST + """
				secret file from file "/etc/berth/it's-a-file.txt"
				container c on h { image "a:1" user "1"
				    env _private = "x"
				    env LOG_LEVEL2 = "info"
				    env URL from env "SHOP_URL"
				}
				"""), "env.name-invalid");
	}
}
