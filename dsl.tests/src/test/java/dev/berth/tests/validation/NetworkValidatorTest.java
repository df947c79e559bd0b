package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static dev.berth.tests.support.IssueAssertions.messageAt;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** Subnets, overlaps and fixed IPs, for IPv4 and IPv6. */
class NetworkValidatorTest extends ValidatorTestBase {

	@Test
	void subnetsMustBeCidrs() {
		List<Issue> issues = issues("""
				deployment d
				network a { subnet "10.0.1.0" }
				network b { subnet "10.0.1.0/33" }
				network c { subnet "300.0.0.0/8" }
				network e { subnet "10.0.1.5/24" }
				network f { subnet "fd00::/129" }
				network ok4 { subnet "192.168.0.0/16" }
				network ok6 { subnet "fd00:1::/64" }
				""");
		assertEquals(List.of(2, 3, 4, 5, 6), linesOf(issues, "network.subnet-invalid"));
		assertEquals("subnet 10.0.1.5/24 of network e sets host bits; write 10.0.1.0/24", messageAt(issues, "network.subnet-invalid", 5));
	}

	@Test
	void overlappingSubnetsAreReportedOnTheLaterNetwork() {
		List<Issue> issues = issues("""
				deployment d
				network wide { subnet "10.0.0.0/16" }
				network inner { subnet "10.0.1.0/24" }
				network v6a { subnet "fd00::/48" }
				network v6b { subnet "fd00:0:0:1::/64" }
				""");
		assertEquals(List.of(3, 5), linesOf(issues, "network.subnet-overlap"));
		assertEquals("subnet 10.0.1.0/24 of network inner overlaps subnet 10.0.0.0/16 of network wide; pick a subnet "
				+ "outside 10.0.0.0 - 10.0.255.255", issues.get(0).getMessage());
	}

	@Test
	void adjacentSubnetsDoNotOverlap() {
		assertNotRaised(issues("""
				deployment d
				network a { subnet "10.0.0.0/24" }
				network b { subnet "10.0.1.0/24" }
				network c { subnet "10.0.2.0/23" }
				network v6 { subnet "fd00::/64" }
				network v6b { subnet "fd00:0:0:1::/64" }
				"""), "network.subnet-overlap");
	}

	@Test
	void fixedIpsLieInsideTheirSubnet() {
		List<Issue> issues = issues("""
				deployment d
				host h { hypervisor kvm }
				network front { subnet "10.0.1.0/24" gateway "10.0.2.1" }
				vm a on h { network front ip "10.0.2.10" }
				vm b on h { network front ip "10.0.1.255" }
				vm c on h { network front ip "not-an-ip" }
				vm ok on h { network front ip "10.0.1.254" }
				""");
		assertEquals(List.of(3, 4, 5, 6), linesOf(issues, "network.ip-outside"));
		assertEquals("10.0.2.10 is outside subnet 10.0.1.0/24 of network front; pick an address from 10.0.1.1 to "
				+ "10.0.1.254", messageAt(issues, "network.ip-outside", 4));
	}

	@Test
	void aFixedIpIsUsedOnceAndNeverTheGateway() {
		List<Issue> issues = issues("""
				deployment d
				host h { hypervisor kvm }
				network front { subnet "10.0.1.0/24" gateway "10.0.1.1" }
				network back { subnet "10.0.2.0/24" }
				vm a on h { network front ip "10.0.1.10" }
				vm b on h { network front ip "10.0.1.10" }
				vm c on h { network front ip "10.0.1.1" }
				vm d2 on h { network back ip "10.0.2.10" network front ip "10.0.1.11" }
				""");
		assertEquals(List.of(6, 7), linesOf(issues, "network.ip-duplicate"));
		assertEquals("10.0.1.10 on network front is already the fixed IP of vm a; give each interface its own address",
				messageAt(issues, "network.ip-duplicate", 6));
	}

	@Test
	void ipv6FixedIpsWork() {
		List<Issue> issues = issues("""
				deployment d
				host h { hypervisor kvm }
				network v6 { subnet "fd00:1::/64" }
				vm a on h { network v6 ip "fd00:1::10" }
				vm b on h { network v6 ip "fd00:2::10" }
				""");
		assertRaised(issues, "network.ip-outside", Severity.ERROR, 5);
	}

	@Test
	void aBridgedNetworkNamesItsBridge() {
		List<Issue> issues = issues("""
				deployment d
				network lan { subnet "192.168.10.0/24"
				    mode bridge
				}
				network wan { subnet "192.168.20.0/24" mode bridge bridge "br0" }
				network nat { subnet "192.168.30.0/24" mode nat }
				""");
		Issue issue = assertRaised(issues, "network.no-bridge", Severity.ERROR, 3);
		assertEquals("network lan has mode bridge but names no bridge; libvirt and macvlan attach its interfaces to an "
				+ "existing bridge of each host, so add `bridge \"NAME\"` with that bridge's name, such as br0",
				issue.getMessage());
		assertArrayEquals(new String[] { "lan" }, issue.getData());
	}

	@Test
	void dnsServersAreAddresses() {
		List<Issue> issues = issues("""
				deployment d
				network lan { subnet "192.168.10.0/24"
				    dns "192.168.10.1"
				    dns "dns.example.com"
				    dns "2001:db8::53"
				    dns "192.168.10.256"
				}
				""");
		assertEquals(List.of(4, 6), linesOf(issues, "network.dns-invalid"));
		assertEquals("dns 'dns.example.com' of network lan is not an IPv4 or IPv6 address; guests get it through "
				+ "cloud-init as a name server, which takes an address only; write one such as 192.168.10.1 or "
				+ "2001:db8::53", messageAt(issues, "network.dns-invalid", 4));
		assertNotRaised(issues("deployment d\nnetwork lan { subnet \"fd00::/64\" dns \"fd00::1\" dns \"1.1.1.1\" }\n"),
				"network.dns-invalid");
	}
}
