package dev.berth.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Assertions on the issues of a model: a code raised at a line with a severity, or not raised at all. */
public final class IssueAssertions {

	private IssueAssertions() {
	}

	/** The one issue with the code; it must sit at the line and have the severity. */
	public static Issue assertRaised(List<Issue> issues, String code, Severity severity, int line) {
		List<Issue> matching = issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
		assertEquals(1, matching.size(), () -> "expected one " + code + " in " + issues);
		Issue issue = matching.get(0);
		assertEquals(line, issue.getLineNumber(), issue::toString);
		assertEquals(severity, issue.getSeverity(), issue::toString);
		return issue;
	}

	/** The lines of all issues with the code, in ascending order. */
	public static List<Integer> linesOf(List<Issue> issues, String code) {
		return issues.stream().filter(issue -> code.equals(issue.getCode())).map(Issue::getLineNumber).sorted().toList();
	}

	/** The message of the issue with the code at the line. */
	public static String messageAt(List<Issue> issues, String code, int line) {
		return issues.stream().filter(issue -> code.equals(issue.getCode()) && issue.getLineNumber() == line)
				.findFirst().orElseThrow(() -> new AssertionError("no " + code + " at line " + line + " in " + issues))
				.getMessage();
	}

	/** No issue has the code. */
	public static void assertNotRaised(List<Issue> issues, String code) {
		assertTrue(issues.stream().noneMatch(issue -> code.equals(issue.getCode())),
				() -> "expected no " + code + " in " + issues);
	}
}
