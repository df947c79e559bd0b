package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * {@code name.duplicate}: within a deployment whatever the kind, and for machines across deployments;
 * {@code name.service-clash}: names of the numbered services of containers with several instances.
 */
class NamingValidatorTest extends ValidatorTestBase {

	@Test
	void aLaterDeclarationOfTheSameNameIsReported() {
		List<Issue> issues = issues("""
				deployment d
				host node1 { }
				network node1 { subnet "10.0.0.0/24" }
				secret node1 from env "X"
				""");
		assertEquals(List.of(3, 4), linesOf(issues, "name.duplicate"));
		Issue issue = issues.get(0);
		assertEquals("network node1 has the name of host node1 (file1.berth line 2); names are unique within "
				+ "deployment d, whatever they name; rename one", issue.getMessage());
		assertArrayEquals(new String[] { "node1" }, issue.getData());
	}

	@Test
	void filesOfOneDeploymentShareTheirNames() {
		List<Issue> issues = issuesOfAll("deployment d\nnetwork n { subnet \"10.0.0.0/24\" }\n",
				"deployment d\nsecret n from env \"N\"\n");
		assertRaised(issues, "name.duplicate", Severity.ERROR, 2);
	}

	@Test
	void machinesAreUniqueAcrossDeployments() {
		List<Issue> issues = issuesOfAll("deployment a\nhost node1 { }\n", "deployment b\n\nhost node1 { }\n");
		Issue issue = assertRaised(issues, "name.duplicate", Severity.ERROR, 3);
		assertEquals("host node1 has the name of host node1 of deployment a (file1.berth line 2); machine names are "
				+ "unique across all files, since output folders are named after them; rename one", issue.getMessage());
	}

	@Test
	void otherElementsMayShareANameAcrossDeployments() {
		assertNotRaised(issuesOfAll("deployment a\nnetwork n { subnet \"10.0.0.0/24\" }\n",
				"deployment b\nnetwork n { subnet \"10.1.0.0/24\" }\n"), "name.duplicate");
	}

	@Test
	void distinctNamesAreFine() {
		assertNotRaised(issues("deployment d\nhost node1 { }\nhost node2 { }\n"), "name.duplicate");
	}

	@Test
	void aContainerNamedLikeAnotherOnesService() {
		List<Issue> issues = issues("""
				deployment d
				host a { runtime docker }
				host b { runtime docker }
				container web on a, b { image "a:1" replicas 3 }
				container web-2 on a { image "a:1" }
				""");
		Issue issue = assertRaised(issues, "name.service-clash", Severity.ERROR, 5);
		assertEquals("container web-2 has the name of the Compose service of instance 2 of container web, whose 3 "
				+ "instances are the services web-1 to web-3; the two would share a service name and a host name on the "
				+ "network, so rename web-2", issue.getMessage());
		assertArrayEquals(new String[] { "web-2", "web" }, issue.getData());
	}

	@Test
	void aBalancerNamedLikeAService() {
		assertRaised(issues("""
				deployment d
				host a { runtime docker }
				container web on a { image "a:1" replicas 2 }
				balancer web-1 on a { targets web }
				"""), "name.service-clash", Severity.ERROR, 4);
	}

	@Test
	void aSingleInstanceHasNoNumberedService() {
		assertNotRaised(issues("""
				deployment d
				host a { runtime docker }
				container web on a { image "a:1" }
				container web-1 on a { image "a:1" }
				container api on a { image "a:1" replicas 2 }
				container api-3 on a { image "a:1" }
				"""), "name.service-clash");
	}
}
