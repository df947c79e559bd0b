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

/** {@code port.invalid} and {@code port.conflict}, with replicas, ranges, protocols and balancers. */
class PortValidatorTest extends ValidatorTestBase {

	private static final String HOSTS = """
			deployment d
			host a { runtime docker }
			host b { runtime docker }
			""";

	@Test
	void portsOutsideOneTo65535AndReversedRangesAreInvalid() {
		List<Issue> issues = issues(HOSTS + """
				container c on a { image "a:1"
				    port 0 -> 80
				    port 8080 -> 70000
				    port 9000-8000 -> 80
				    expose 65536
				}
				balancer lb on a { listen 0 targets c:99999 }
				""");
		assertEquals(List.of(5, 6, 7, 8, 10, 10), linesOf(issues, "port.invalid"));
		assertEquals("the port range 9000-8000 ends below its start; write 8000-9000", messageAt(issues, "port.invalid", 7));
	}

	@Test
	void theHighestPortIsValid() {
		assertNotRaised(issues(HOSTS + "container c on a { image \"a:1\" port 65535 -> 1 expose 65535 }\n"),
				"port.invalid");
	}

	@Test
	void twoContainersPublishingOnePortOnOneMachineConflict() {
		List<Issue> issues = issues(HOSTS + """
				container web on a { image "a:1" port 8080 -> 80 }
				container api on a { image "a:1" port 8080 -> 8080 }
				""");
		Issue issue = assertRaised(issues, "port.conflict", Severity.ERROR, 5);
		assertEquals("host port 8080/tcp on host a is already published by container web (replica web-1); pick "
				+ "another host port", issue.getMessage());
	}

	@Test
	void twoReplicasWithOneHostPortOnAMachineConflict() {
		Issue issue = assertRaised(issues(HOSTS + "container web on a { image \"a:1\" replicas 2 port 8080 -> 80 }\n"),
				"port.conflict", Severity.ERROR, 4);
		assertEquals("host port 8080/tcp on host a is already published by container web (replica web-1); give each "
				+ "of its 2 replicas on the machine its own port with a range", issue.getMessage());
	}

	@Test
	void aRangeAsWideAsTheReplicasOnAMachineDoesNotConflict() {
		assertNotRaised(issues(HOSTS + "container web on a, b { image \"a:1\" replicas 4 port 8080-8081 -> 80 }\n"),
				"port.conflict");
	}

	@Test
	void aRangeNarrowerThanTheReplicasOnAMachineIsReported() {
		Issue issue = assertRaised(issues(HOSTS + "container web on a { image \"a:1\" replicas 3 port 8080-8081 -> 80 }\n"),
				"port.conflict", Severity.ERROR, 4);
		assertEquals("host a runs 3 replicas of web but the port range gives only 2; widen it to 8080-8082",
				issue.getMessage());
	}

	@Test
	void udpAndTcpAreSeparateAndMachinesAreSeparate() {
		assertNotRaised(issues(HOSTS + """
				container dns on a { image "a:1" port 53 -> 53 udp }
				container web on a { image "a:1" port 53 -> 53 }
				container other on b { image "a:1" port 53 -> 53 }
				"""), "port.conflict");
	}

	@Test
	void aBalancerListenPortCounts() {
		List<Issue> issues = issues(HOSTS + """
				container web on a, b { image "a:1" port 80 -> 80 }
				balancer lb on a { listen 80 targets web }
				""");
		assertRaised(issues, "port.conflict", Severity.ERROR, 5);
	}

	@Test
	void conflictsAreFoundAcrossFiles() {
		List<Issue> issues = issuesOfAll(HOSTS + "container web on a { image \"a:1\" port 8080 -> 80 }\n",
				"deployment d\ncontainer api on a { image \"a:1\" port 8080 -> 80 }\n");
		assertRaised(issues, "port.conflict", Severity.ERROR, 2);
	}
}
