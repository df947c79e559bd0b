package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static dev.berth.tests.support.IssueAssertions.messageAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** {@code host.local-duplicate}: more than one host that the deployment would run on locally. */
class ConnectionValidatorTest extends ValidatorTestBase {

	@Test
	void everyLaterLocalHostIsAnError() {
		List<Issue> issues = issues("""
				deployment d
				host a { runtime docker connection local }
				host b { runtime docker connection ssh }
				host c { runtime docker connection local }
				host e { runtime docker connection local }
				""");
		assertEquals(List.of(4, 5), linesOf(issues, "host.local-duplicate"));
		assertEquals("host c has connection local, as host a (file1.berth line 2) has already: connection local "
				+ "means the machine that runs berth deploy, so both would be deployed onto this one machine; keep "
				+ "connection local on one host and reach the others over ssh (write connection ssh, or leave it out, "
				+ "with their address)", messageAt(issues, "host.local-duplicate", 4));
		Issue issue = issues.stream().filter(i -> "host.local-duplicate".equals(i.getCode())).findFirst().orElseThrow();
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals("a", issue.getData()[0]);
		assertEquals(36, issue.getColumn(), "on the connection of host c");
	}

	@Test
	void localHostsAcrossFilesAreCountedTogether() {
		List<Issue> issues = issuesOfAll("deployment d\nhost a { runtime docker connection local }\n",
				"deployment d\nhost b { runtime docker connection local }\n");
		assertEquals(List.of(2), linesOf(issues, "host.local-duplicate"));
	}

	@Test
	void oneLocalHostIsFine() {
		assertNotRaised(issues("""
				deployment d
				host a { runtime docker connection local }
				host b { runtime docker }
				"""), "host.local-duplicate");
	}
}
