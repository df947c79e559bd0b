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

/** {@code depends.cycle}: every {@code depends on} in a cycle is reported, naming the whole cycle. */
class DependencyValidatorTest extends ValidatorTestBase {

	private static final String HOST = "deployment d\nhost h { hypervisor kvm runtime docker }\n";

	@Test
	void eachDependencyOfACycleIsReportedWithTheCycle() {
		List<Issue> issues = issues(HOST + """
				vm db on h { depends on web }
				container web on h { image "a:1"
				    depends on cache
				}
				container cache on h { image "a:1" depends on db }
				""");
		assertEquals(List.of(3, 5, 7), linesOf(issues, "depends.cycle"));
		assertEquals("vm db depends on web, which closes the cycle db -> web -> cache -> db; nothing in a cycle can "
				+ "start first, so remove one of these dependencies", messageAt(issues, "depends.cycle", 3));
	}

	@Test
	void aWorkloadThatDependsOnItself() {
		Issue issue = assertRaised(issues(HOST + "container web on h { image \"a:1\" depends on web }\n"),
				"depends.cycle", Severity.ERROR, 3);
		assertEquals("web -> web", issue.getData()[0]);
	}

	@Test
	void aChainAndADiamondAreNoCycle() {
		assertNotRaised(issues(HOST + """
				vm db on h { }
				container a on h { image "a:1" depends on db }
				container b on h { image "a:1" depends on db }
				container c on h { image "a:1" depends on a, b }
				"""), "depends.cycle");
	}

	@Test
	void aLongChainDoesNotExhaustTheStack() {
		StringBuilder model = new StringBuilder(HOST);
		int length = 5000;
		for (int i = 0; i < length; i++) {
			model.append("container c").append(i).append(" on h { image \"a:1\" depends on c").append((i + 1) % length)
					.append(" }\n");
		}
		List<Issue> issues = issues(model.toString());
		assertEquals(length, linesOf(issues, "depends.cycle").size());
		assertEquals("c0 -> c1 -> c2 -> c3 -> c4 -> c5 -> (4989 more) -> c4995 -> c4996 -> c4997 -> c4998 -> c4999 -> c0",
				issues.stream().filter(i -> "depends.cycle".equals(i.getCode())).findFirst().orElseThrow().getData()[0]);
	}
}
