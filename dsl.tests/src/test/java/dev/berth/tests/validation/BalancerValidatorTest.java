package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** Balancers: targets, reachability, and whether there is anything to balance across hosts. */
class BalancerValidatorTest extends ValidatorTestBase {

	private static final String HOSTS = """
			deployment d
			host a { runtime docker hypervisor kvm }
			host b { runtime docker hypervisor kvm }
			""";

	@Test
	void aBalancerWithoutTargets() {
		assertRaised(issues(HOSTS + "balancer lb on a { listen 80 }\n"), "balancer.no-targets", Severity.ERROR, 4);
	}

	@Test
	void remoteInstancesWithoutHostPortsAreUnreachable() {
		List<Issue> issues = issues(HOSTS + """
				container web on a, b { image "a:1" replicas 4 expose 80 }
				balancer lb on a { listen 8000 targets web }
				""");
		Issue issue = assertRaised(issues, "balancer.unreachable", Severity.ERROR, 5);
		assertEquals("container web runs 2 instance(s) on host b, not on the machine of balancer lb, and 2 of them "
				+ "publish no host port for container port 80 at b (a port that listens on another address, or on "
				+ "loopback, does not count), so the balancer cannot reach them; publish one per instance (such as "
				+ "`port 8080-8081 -> 80`), or place lb beside them", issue.getMessage());
	}

	@Test
	void aHostPortForAnotherContainerPortOrOnLoopbackDoesNotCount() {
		List<Issue> issues = issues(HOSTS.replace("host b {", "host b { address \"10.0.0.2\"") + """
				container web on b { image "a:1" port 9090 -> 9090 port 8080 -> 80 listen "127.0.0.1" }
				container api on b { image "a:1" port 8081 -> 80 listen "10.0.0.3" }
				balancer lb on a { listen 8000 targets web:80, api }
				""");
		assertEquals(List.of(6, 6), linesOf(issues, "balancer.unreachable"));
	}

	@Test
	void aHostPortOnTheMachinesAddressCounts() {
		assertNotRaised(issues(HOSTS.replace("host b {", "host b { address \"10.0.0.2\"") + """
				container web on b { image "a:1" port 9090 -> 9090 port 8080 -> 80 listen "10.0.0.2" }
				container api on b { image "a:1" port 8081 -> 80 listen "0.0.0.0" }
				balancer lb on a { listen 8000 targets web:80, api }
				"""), "balancer.unreachable");
	}

	@Test
	void remoteInstancesWithHostPortsAndLocalOnesWithoutAreReachable() {
		assertNotRaised(issues(HOSTS + """
				container web on a, b { image "a:1" replicas 4 port 8080-8081 -> 80 }
				container local on a { image "a:1" replicas 2 expose 80 }
				balancer lb on a { listen 8000 targets web, local }
				"""), "balancer.unreachable");
	}

	@Test
	void oneInstanceHasNothingToBalance() {
		List<Issue> issues = issues(HOSTS + """
				container web on a { image "a:1" expose 80 }
				balancer lb on a { listen 8000 targets web }
				""");
		assertRaised(issues, "balancer.single-instance", Severity.WARNING, 5);
		assertNotRaised(issues, "balancer.single-host");
	}

	@Test
	void instancesOnOneHostAreASinglePointOfFailure() {
		List<Issue> issues = issues(HOSTS + """
				vm k1 on a { runtime docker }
				vm k2 on a { runtime docker }
				container web on k1, k2 { image "a:1" expose 80 port 8080 -> 80 }
				balancer lb on b { listen 8000 targets web }
				""");
		assertRaised(issues, "balancer.single-host", Severity.WARNING, 7);
		assertNotRaised(issues, "balancer.single-instance");
	}

	@Test
	void instancesOnTwoHostsAreFine() {
		List<Issue> issues = issues(HOSTS + """
				container web on a, b { image "a:1" port 8080 -> 80 }
				balancer lb on a { listen 8000 targets web }
				""");
		assertNotRaised(issues, "balancer.single-host");
		assertNotRaised(issues, "balancer.single-instance");
	}
}
