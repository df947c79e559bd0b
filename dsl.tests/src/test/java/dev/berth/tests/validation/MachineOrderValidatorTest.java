package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static dev.berth.tests.support.IssueAssertions.messageAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** {@code depends.machine-cycle}: dependencies across machines that order two machines both ways. */
class MachineOrderValidatorTest extends ValidatorTestBase {

	private static final String HOSTS = """
			deployment d
			host a { runtime docker hypervisor kvm }
			host b { runtime docker hypervisor kvm }
			host c { runtime docker hypervisor kvm }
			""";

	@Test
	void machinesThatWaitForEachOtherAreReportedWithTheChain() {
		List<Issue> issues = issues(HOSTS + """
				container web on a { image "a:1" depends on db }
				container db on b { image "a:1" depends on queue }
				container queue on c { image "a:1" }
				container worker on c { image "a:1" depends on cache }
				container cache on a { image "a:1" }
				""");
		assertEquals(List.of(5, 6, 8), linesOf(issues, "depends.machine-cycle"));
		assertEquals("container web depends on db, so the deployment deploys b (where db runs) before a; with the "
				+ "other dependencies across machines this orders a -> b -> c -> a, and none of them can be deployed "
				+ "first; place these workloads so that dependencies between machines run one way, or remove one",
				messageAt(issues, "depends.machine-cycle", 5));
		Issue issue = issues.stream().filter(i -> "depends.machine-cycle".equals(i.getCode())).findFirst().orElseThrow();
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals("a -> b -> c -> a", issue.getData()[0]);
	}

	@Test
	void aVmWaitsOnItsHost() {
		List<Issue> issues = issues(HOSTS + """
				vm db on b { depends on web }
				container web on a { image "a:1" depends on cache }
				container cache on b { image "a:1" }
				""");
		assertEquals(List.of(5, 6), linesOf(issues, "depends.machine-cycle"));
	}

	@Test
	void dependenciesAcrossMachinesThatRunOneWayAreFine() {
		assertNotRaised(issues(HOSTS + """
				container web on a { image "a:1" depends on db, cache }
				container db on b { image "a:1" depends on queue }
				container cache on b { image "a:1" depends on queue }
				container queue on c { image "a:1" }
				"""), "depends.machine-cycle");
	}

	@Test
	void aTargetBesideEachInstanceStartsOnItsOwnMachine() {
		assertNotRaised(issues(HOSTS + """
				container web on a, b { image "a:1" depends on db }
				container db on a, b { image "a:1" depends on queue }
				container queue on a, b { image "a:1" }
				"""), "depends.machine-cycle");
	}

	@Test
	void aCycleOfWorkloadsIsReportedOnlyAsSuch() {
		List<Issue> issues = issues(HOSTS + """
				container web on a { image "a:1" depends on db }
				container db on b { image "a:1" depends on web }
				""");
		assertNotRaised(issues, "depends.machine-cycle");
		assertEquals(List.of(5, 6), linesOf(issues, "depends.cycle"));
	}
}
