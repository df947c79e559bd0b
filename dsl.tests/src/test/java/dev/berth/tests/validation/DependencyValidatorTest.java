package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static dev.berth.tests.support.IssueAssertions.messageAt;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * {@code depends.cycle}: every {@code depends on} in a cycle is reported, naming the whole cycle;
 * {@code depends.not-healthy} and {@code depends.never-completes}: conditions the target cannot reach.
 */
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

	@Test
	void waitingForHealthNeedsAHealthcheck() {
		List<Issue> issues = issues(HOST + """
				vm db on h { }
				container cache on h { image "a:1" }
				container web on h { image "a:1"
				    depends on cache healthy
				}
				""");
		Issue issue = assertRaised(issues, "depends.not-healthy", Severity.ERROR, 6);
		assertEquals("container web waits until cache is healthy, but container cache has no health check, so web "
				+ "would never start; add `healthcheck \"CMD\"` to cache, or depend on it started", issue.getMessage());
		assertEquals("cache", issue.getData()[0]);
		assertRaised(issues(HOST + "vm db on h { }\ncontainer web on h { image \"a:1\" depends on db healthy }\n"),
				"depends.not-healthy", Severity.ERROR, 4);
	}

	@Test
	void aTargetWithAHealthcheckCanBeWaitedFor() {
		assertNotRaised(issues(HOST + """
				container cache on h { image "a:1" healthcheck "redis-cli ping" every 5 s }
				container web on h { image "a:1" depends on cache healthy }
				container api on h { image "a:1" depends on web, cache started }
				"""), "depends.not-healthy");
	}

	@Test
	void waitingForCompletionOfWhatRestartsForever() {
		List<Issue> issues = issues(HOST + """
				container migrate on h { image "a:1" }
				container seed on h { image "a:1" restart always }
				vm db on h { }
				container web on h { image "a:1"
				    depends on migrate completed, seed completed,
				        db completed
				}
				""");
		assertEquals(List.of(7, 7, 8), linesOf(issues, "depends.never-completes"));
		assertTrue(issues.stream().allMatch(i -> !"depends.never-completes".equals(i.getCode())
				|| i.getSeverity() == Severity.WARNING), issues::toString);
		assertEquals("container web waits until container migrate has completed, but it restarts unless-stopped (the "
				+ "default), so it never completes and web never starts; give migrate `restart no` or `restart "
				+ "on-failure` if it is a job that runs once, or depend on it started or healthy",
				messageAt(issues, "depends.never-completes", 7));
		assertEquals("container web waits until vm db has completed, but it is not a container, and only a container "
				+ "exits, so it never completes and web never starts; depend on it started",
				messageAt(issues, "depends.never-completes", 8));
	}

	@Test
	void aJobThatRunsOnceCompletes() {
		assertNotRaised(issues(HOST + """
				container migrate on h { image "a:1" restart no }
				container seed on h { image "a:1" restart on-failure }
				container web on h { image "a:1" depends on migrate completed, seed completed }
				"""), "depends.never-completes");
	}
}
