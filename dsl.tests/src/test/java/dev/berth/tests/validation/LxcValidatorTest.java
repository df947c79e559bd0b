package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static dev.berth.tests.support.IssueAssertions.messageAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** {@code runtime.lxc-unsupported}: one warning per property the lxc runtime cannot honour, on that property. */
class LxcValidatorTest extends ValidatorTestBase {

	private static final String CONTAINER = """
			container c on h { image "a:1" user "1"
			    privileged
			    port 8080 -> 80
			    secret s
			    healthcheck "true"
			    build "/srv/c"
			    sandbox gvisor
			    env A from env "A"
			    env-file "/etc/c.env"
			    cap drop ALL
			    read-only
			    tmpfs "/tmp"
			    label "x" = "y"
			    env B = "literal"
			    volume "/srv" -> "/srv"
			    memory 64 MiB
			}
			""";

	@Test
	void everyPropertyLxcCannotHonour() {
		List<Issue> issues = issues("deployment d\nhost h { runtime lxc }\nsecret s from env \"S\"\n" + CONTAINER);
		assertEquals(List.of(5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), linesOf(issues, "runtime.lxc-unsupported"));
		assertEquals("lxc cannot publish ports, so `port` of container c is not applied on h; remove it, or place c on "
				+ "a machine with docker or podman", messageAt(issues, "runtime.lxc-unsupported", 6));
		assertEquals(List.of(Severity.WARNING), issues.stream().filter(i -> "runtime.lxc-unsupported".equals(i.getCode()))
				.map(Issue::getSeverity).distinct().toList());
	}

	@Test
	void everySandboxIsUnsupported() {
		for (String sandbox : List.of("gvisor", "kata", "kata-fc")) {
			List<Issue> issues = issues("deployment d\nhost h { runtime lxc }\ncontainer c on h { image \"a:1\" "
					+ "user \"1\" memory 64 MiB\nsandbox " + sandbox + " }\n");
			assertEquals("lxc cannot run a sandboxed runtime, so `sandbox` of container c is not applied on h; remove "
					+ "it, or place c on a machine with docker or podman", messageAt(issues, "runtime.lxc-unsupported", 4));
		}
	}

	@Test
	void otherRuntimesHonourThem() {
		assertNotRaised(issues("deployment d\nhost h { runtime docker }\nsecret s from env \"S\"\n" + CONTAINER),
				"runtime.lxc-unsupported");
	}

	@Test
	void whatLxcHonoursIsFine() {
		assertNotRaised(issues("""
				deployment d
				host h { runtime lxc }
				container c on h { image "a:1" user "1" memory 64 MiB cpu 1 env B = "x" volume "/srv" -> "/srv"
				    sandbox none workdir "/srv" command ["run"] }
				"""), "runtime.lxc-unsupported");
	}
}
