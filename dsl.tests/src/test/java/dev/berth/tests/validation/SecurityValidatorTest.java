package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static dev.berth.tests.support.IssueAssertions.messageAt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** Security warnings: privileged, root, plaintext secrets, graphical consoles. */
class SecurityValidatorTest extends ValidatorTestBase {

	private static final String HOST = "deployment d\nhost h { runtime docker hypervisor kvm }\n";

	@Test
	void privilegedContainers() {
		List<Issue> issues = issues(HOST + """
				container a on h { image "a:1" user "1" privileged }
				container b on h { image "a:1" user "1" }
				""");
		assertRaised(issues, "security.privileged", Severity.WARNING, 3);
	}

	@Test
	void rootUsers() {
		List<Issue> issues = issues(HOST + """
				container none on h { image "a:1" }
				container root on h { image "a:1" user "root" }
				container zero on h { image "a:1" user "0:0" }
				container ok on h { image "a:1" user "101:101" }
				container win on h { image "a:1" os windows user "ContainerAdministrator" }
				""");
		assertEquals(List.of(3, 4, 5, 7), linesOf(issues, "security.root-user"));
	}

	@Test
	void secretsInPlainText() {
		List<Issue> issues = issues(HOST + """
				container c on h { image "a:1" user "1"
				    env DB_PASSWORD = "hunter2"
				    env api-key = "abc"
				    env GITHUB_TOKEN = "ghp"
				    env LOG_LEVEL = "info"
				    env DB_PASSWORD_FILE = "/run/secrets/db_password"
				    env KEYCLOAK_URL = "https://id"
				    env EMPTY_SECRET = ""
				}
				""");
		assertEquals(List.of(4, 5, 6), linesOf(issues, "security.plaintext-secret"));
		Issue first = issues.stream().filter(i -> "security.plaintext-secret".equals(i.getCode())).findFirst()
				.orElseThrow();
		assertArrayEquals(new String[] { "DB_PASSWORD", "db_password" }, first.getData());
		assertTrue(first.getMessage().endsWith("`secret db_password from env \"DB_PASSWORD\"`"), first.getMessage());
	}

	@Test
	void graphicalConsoles() {
		List<Issue> issues = issues(HOST + """
				vm local on h { graphics vnc }
				vm open on h { graphics spice listen "0.0.0.0" }
				vm headless on h { graphics none }
				vm plain on h { }
				""");
		assertEquals(List.of(3, 4), linesOf(issues, "security.graphics-exposed"));
		assertEquals("vm open has a spice console listening on 0.0.0.0, open to anyone who reaches that address; "
				+ "listen on 127.0.0.1 and tunnel over ssh, or remove graphics", messageAt(issues, "security.graphics-exposed", 4));
		assertNotRaised(issues(HOST + "vm v on h { }\n"), "security.graphics-exposed");
	}
}
