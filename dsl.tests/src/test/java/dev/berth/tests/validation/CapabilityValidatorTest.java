package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static dev.berth.tests.support.IssueAssertions.messageAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** {@code security.cap-unknown} and {@code security.cap-dangerous}: the capabilities of {@code cap add} and {@code cap drop}. */
class CapabilityValidatorTest extends ValidatorTestBase {

	private static final String HOST = "deployment d\nhost h { runtime docker }\n";

	@Test
	void aCapabilityLinuxDoesNotHave() {
		List<Issue> issues = issues(HOST + """
				container c on h { image "a:1" user "1"
				    cap drop ALL
				    cap add NET_BIND, CHOWN
				    cap drop CAP_FLY
				}
				""");
		assertEquals(List.of(5, 6), linesOf(issues, "security.cap-unknown"));
		assertEquals("Linux has no capability NET_BIND; write one of capabilities(7) such as NET_BIND_SERVICE or CHOWN "
				+ "(the CAP_ prefix is optional), or ALL", messageAt(issues, "security.cap-unknown", 5));
	}

	@Test
	void knownCapabilitiesInAnySpelling() {
		assertNotRaised(issues(HOST + """
				container c on h { image "a:1" user "1"
				    cap drop all
				    cap add CAP_NET_BIND_SERVICE, chown, cap_setuid
				}
				"""), "security.cap-unknown");
	}

	@Test
	void addingANearlyPrivilegedCapability() {
		Issue issue = assertRaised(issues(HOST + """
				container c on h { image "a:1" user "1"
				    cap drop ALL
				    cap add NET_BIND_SERVICE, cap_sys_admin
				}
				"""), "security.cap-dangerous", Severity.WARNING, 5);
		assertEquals("cap add SYS_ADMIN makes container c nearly privileged: it can mount file systems and much else, "
				+ "so whoever breaks into it can more easily escape to the machine; add only the narrow capabilities it "
				+ "needs", issue.getMessage());
		assertEquals("SYS_ADMIN", issue.getData()[0]);
	}

	@Test
	void droppingADangerousCapabilityIsFine() {
		assertNotRaised(issues(HOST + """
				container c on h { image "a:1" user "1"
				    cap drop ALL, SYS_ADMIN, NET_ADMIN
				    cap add NET_BIND_SERVICE
				}
				"""), "security.cap-dangerous");
	}
}
