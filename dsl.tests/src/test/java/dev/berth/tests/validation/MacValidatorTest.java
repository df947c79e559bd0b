package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static dev.berth.tests.support.IssueAssertions.messageAt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.berth.Vm;
import dev.berth.model.MacAddresses;
import dev.berth.model.Site;
import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** {@code network.mac-invalid} and {@code network.mac-duplicate}: given MACs are unicast and given once. */
class MacValidatorTest extends ValidatorTestBase {

	private static final String SITE = """
			deployment d
			host h { hypervisor kvm }
			network front { subnet "10.0.1.0/24" }
			""";

	@Test
	void macsAreSixHexPairsOfAUnicastAddress() {
		List<Issue> issues = issues(SITE + """
				vm a on h { network front mac "52:54:00:12:34" }
				vm b on h { network front mac "52-54-00-12-34-56" }
				vm c on h { network front mac "03:54:00:12:34:56" }
				vm ok on h { network front mac "52:54:00:AB:cd:EF" network front mac "02:00:00:00:00:01" }
				""");
		assertEquals(List.of(4, 5, 6), linesOf(issues, "network.mac-invalid"));
		assertEquals("mac '52:54:00:12:34' of interface 1 of vm a on network front is not six hex pairs separated by "
				+ "colons; write one such as 52:54:00:12:34:56, or remove it to have one derived from the names",
				messageAt(issues, "network.mac-invalid", 4));
		assertEquals("mac 03:54:00:12:34:56 of interface 1 of vm c on network front is a multicast address (its first "
				+ "octet is odd), which no interface can have; write a unicast one such as 02:54:00:12:34:56, or remove "
				+ "it to have one derived", messageAt(issues, "network.mac-invalid", 6));
	}

	@Test
	void aGivenMacIsGivenOnceWhateverItsCase() {
		List<Issue> issues = issues(SITE + """
				vm a on h { network front mac "52:54:00:aa:bb:cc" }
				vm b on h {
				    network front mac "52:54:00:AA:BB:CC"
				}
				""");
		Issue issue = assertRaised(issues, "network.mac-duplicate", Severity.ERROR, 6);
		assertEquals("mac 52:54:00:AA:BB:CC of interface 1 of vm b on network front is already the mac of interface 1 "
				+ "of vm a on network front (file1.berth line 4); two interfaces with one MAC break switching and DHCP "
				+ "between them; give each its own, or remove this one to have one derived", issue.getMessage());
		assertArrayEquals(new String[] { "52:54:00:AA:BB:CC", "a" }, issue.getData());
	}

	@Test
	void aGivenMacIsNoneThatIsDerivedForAnother() {
		String derived = derivedMac(SITE + "vm a on h { network front }\n");
		List<Issue> issues = issues(SITE + "vm a on h { network front }\nvm b on h { network front mac \"" + derived
				+ "\" }\n");
		Issue issue = assertRaised(issues, "network.mac-duplicate", Severity.ERROR, 5);
		assertEquals("mac " + derived + " of interface 1 of vm b on network front is the MAC derived for interface 1 of "
				+ "vm a on network front (file1.berth line 4), which gives none; Berth would move that one to the next "
				+ "free address, so its MAC would hang on this one; pick another mac, or give that interface its own",
				issue.getMessage());
	}

	@Test
	void derivedMacsAndAnInterfacesOwnDerivedMacDoNotCollide() {
		String derived = derivedMac(SITE + "vm a on h { network front }\n");
		assertNotRaised(issues(SITE + """
				vm a on h { network front mac "%s" }
				vm b on h { network front network front }
				vm c on h { network front mac "52:54:00:aa:bb:cd" }
				""".formatted(derived)), "network.mac-duplicate");
	}

	private String derivedMac(String text) {
		Vm vm = (Vm) fixture.parse(text).getElements().stream().filter(Vm.class::isInstance).findFirst().orElseThrow();
		return MacAddresses.of(Site.of(vm)).derived(vm.getInterfaces().get(0));
	}
}
