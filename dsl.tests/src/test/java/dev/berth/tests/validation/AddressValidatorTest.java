package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** {@code address.invalid}: addresses and listen addresses are IP literals or host names. */
class AddressValidatorTest extends ValidatorTestBase {

	@Test
	void anAddressThatWouldBeReadAsAnSshOption() {
		Issue issue = assertRaised(issues("""
				deployment d
				host h {
				    address "-oProxyCommand=sh -c id"
				}
				"""), "address.invalid", Severity.ERROR, 3);
		assertEquals("the address of host h, '-oProxyCommand=sh -c id', is neither an IPv4 or IPv6 address nor a host "
				+ "name; starting with -, it would be read as an option of ssh or a tool; write one such as "
				+ "192.168.10.11 or node1.example.com", issue.getMessage());
		assertEquals("-oProxyCommand=sh -c id", issue.getData()[0]);
	}

	@Test
	void everyKindOfAddress() {
		List<Issue> issues = issues("""
				deployment d
				host h { runtime docker hypervisor kvm }
				vm v on h { address "db_1.example.com" }
				vm g on h { graphics vnc listen "127.0.0.1 --x" }
				container c on h { image "a:1" user "1"
				    port 8080 -> 80 listen "local host"
				}
				""");
		assertEquals(List.of(3, 4, 6), linesOf(issues, "address.invalid"));
	}

	@Test
	void ipLiteralsAndHostNamesAreFine() {
		assertNotRaised(issues("""
				deployment d
				host h { runtime docker hypervisor kvm address "node1.example.com" }
				host i { address "192.168.10.11" }
				vm v on h { address "fd00::10" graphics spice listen "::1" }
				container c on h { image "a:1" user "1"
				    port 8080 -> 80 listen "127.0.0.1"
				    port 8443 -> 443 listen "0.0.0.0"
				}
				"""), "address.invalid");
	}
}
