package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** {@code security.port-all-interfaces}: a port that a balancer beside the container makes needless to publish widely. */
class BalancerBypassValidatorTest extends ValidatorTestBase {

	private static final String HOSTS = """
			deployment d
			host a { runtime docker }
			host b { runtime docker }
			""";

	@Test
	void aPortPublishedBesideItsBalancer() {
		Issue issue = assertRaised(issues(HOSTS + """
				container web on a { image "a:1" user "1" replicas 2
				    port 8080-8081 -> 80
				    port 9090 -> 9090 listen "127.0.0.1"
				}
				balancer lb on a { listen 8000 targets web }
				"""), "security.port-all-interfaces", Severity.INFO, 5);
		assertEquals("container web publishes host port 8080-8081 on every address of host a, so clients can reach it "
				+ "directly and bypass balancer lb, which reaches it over their shared network; publish it on loopback "
				+ "only with `listen \"127.0.0.1\"`, or drop the host port", issue.getMessage());
		assertArrayEquals(new String[] { "127.0.0.1" }, issue.getData());
	}

	@Test
	void listeningOnAllAddressesExplicitly() {
		assertRaised(issues(HOSTS + """
				container web on a { image "a:1" user "1"
				    port 8080 -> 80 listen "::"
				}
				balancer lb on a { listen 8000 targets web:80 }
				"""), "security.port-all-interfaces", Severity.INFO, 5);
	}

	@Test
	void aBalancerOnAnotherMachineNeedsThePort() {
		assertNotRaised(issues(HOSTS + """
				container web on a { image "a:1" user "1" port 8080 -> 80 }
				balancer lb on a { listen 8000 targets web }
				balancer far on b { listen 8000 targets web }
				"""), "security.port-all-interfaces");
	}

	@Test
	void instancesOnAnotherMachineNeedThePort() {
		assertNotRaised(issues(HOSTS + """
				container web on a, b { image "a:1" user "1" port 8080 -> 80 }
				balancer lb on a { listen 8000 targets web }
				"""), "security.port-all-interfaces");
	}

	@Test
	void portsTheBalancerDoesNotForwardToOrThatListenOnLoopback() {
		assertNotRaised(issues(HOSTS + """
				container web on a { image "a:1" user "1"
				    port 8080 -> 80 listen "127.0.0.1"
				    port 9090 -> 9090
				    port 5353 -> 80 udp
				}
				balancer lb on a { listen 8000 targets web }
				container alone on a { image "a:1" user "1" port 8081 -> 80 }
				"""), "security.port-all-interfaces");
	}
}
