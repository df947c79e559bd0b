package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** {@code size.zero}: sizes (volume sizes too), cpu, vcpu, overcommit and replicas of zero. */
class SizeValidatorTest extends ValidatorTestBase {

	@Test
	void zeroesAreErrors() {
		List<Issue> issues = issues("""
				deployment d
				host h { runtime docker hypervisor kvm
				    cpu 0 cores
				    memory 0 GiB
				    overcommit cpu 0.0
				}
				vm v on h {
				    vcpu 0
				    disk root 0 GB
				}
				container c on h { image "a:1"
				    replicas 0
				    cpu 0.0
				    memory 0.0000001 KB
				    volume "data" -> "/data" size 0 MiB
				}
				""");
		assertEquals(List.of(3, 4, 5, 8, 9, 12, 13, 14, 15), linesOf(issues, "size.zero"));
	}

	@Test
	void smallButPositiveValuesAreFine() {
		assertNotRaised(issues("""
				deployment d
				host h { runtime docker hypervisor kvm cpu 1 cores memory 1 KiB overcommit cpu 0.1 }
				vm v on h { vcpu 1 disk root 1 MB }
				container c on h { image "a:1" replicas 1 cpu 0.01 memory 1 KB volume "data" -> "/data" size 1 KB }
				"""), "size.zero");
	}
}
