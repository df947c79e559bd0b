package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Capacity against hand-computed figures. The host below runs vm db (4 vCPU, 16 GiB) under KVM and
 * two replicas of web (0.5 cpu, 256 MiB) under Docker: overhead = 218 + 8 x 4 + 2.048 x 16 MiB for
 * the VM plus 2 x 11 MiB for the containers = 304.768 MiB, so memory needed = 17200.768 MiB.
 */
class CapacityValidatorTest extends ValidatorTestBase {

	private static String site(String hostProperties) {
		return """
				deployment d
				host node1 {
				    hypervisor kvm runtime docker
				    %s
				}
				vm db on node1 { vcpu 4 memory 16 GiB disk root 40 GiB disk data 80 GiB }
				container web on node1 { image "nginx:1.27.2" replicas 2 cpu 0.5 memory 256 MiB user "101" }
				""".formatted(hostProperties);
	}

	@Test
	void memoryOverflowIsReportedOnceOnTheMachineWithItsFigures() {
		List<Issue> issues = issues(site("cpu 64 cores memory 16 GiB"));
		Issue issue = assertRaised(issues, "capacity.memory", Severity.ERROR, 2);
		assertEquals(6, issue.getColumn());
		assertEquals("host node1 needs 16.8 GiB of memory but offers 16.0 GiB (overcommit 1.0): vm db 16.0 GiB, "
				+ "container web 2 x 256 MiB, overhead 304.8 MiB; raise memory, add overcommit, or move a workload",
				issue.getMessage());
		assertArrayEquals(new String[] { "node1", "17 GiB" }, issue.getData());
	}

	@Test
	void memoryOvercommitMakesRoom() {
		assertNotRaised(issues(site("cpu 64 cores memory 16 GiB overcommit memory 1.1")), "capacity.memory");
	}

	@Test
	void cpuOverflowCountsVcpusAndContainerLimits() {
		Issue issue = assertRaised(issues(site("cpu 4 cores memory 64 GiB")), "capacity.cpu", Severity.ERROR, 2);
		assertEquals("host node1 needs 5 cpus but offers 4 (overcommit 1.0): vm db 4 cpu, container web 2 x 0.5 cpu; "
				+ "raise cpu, add overcommit, or move a workload", issue.getMessage());
		assertArrayEquals(new String[] { "node1", "5" }, issue.getData());
	}

	@Test
	void cpuOvercommitMakesRoom() {
		assertNotRaised(issues(site("cpu 4 cores memory 64 GiB overcommit cpu 1.25")), "capacity.cpu");
	}

	@Test
	void vmDisksMustFitADeclaredDisk() {
		Issue issue = assertRaised(issues(site("cpu 64 cores memory 64 GiB disk 100 GiB")), "capacity.disk",
				Severity.ERROR, 2);
		assertEquals("host node1 needs 120.0 GiB of disk for its VMs but offers 100.0 GiB: vm db 120.0 GiB; raise disk "
				+ "or move a VM", issue.getMessage());
	}

	@Test
	void noDeclaredDiskIsNotChecked() {
		assertNotRaised(issues(site("cpu 64 cores memory 64 GiB")), "capacity.disk");
	}

	@Test
	void aVmThatRunsContainersHasItsOwnCapacity() {
		List<Issue> issues = issues("""
				deployment d
				host h { hypervisor kvm memory 64 GiB cpu 16 cores }
				vm k8s on h { vcpu 1 memory 1 GiB runtime containerd }
				container c on k8s { image "a:1" replicas 2 memory 512 MiB cpu 1 user "1" }
				""");
		assertEquals("vm k8s needs 1046 MiB of memory but offers 1024 MiB: container c 2 x 512 MiB, overhead 22 MiB; "
				+ "raise its memory or move a workload",
				assertRaised(issues, "capacity.memory", Severity.ERROR, 3).getMessage());
		assertRaised(issues, "capacity.cpu", Severity.ERROR, 3);
	}

	@Test
	void aContainerWithoutMemoryLimitIsWarnedAbout() {
		List<Issue> issues = issues("""
				deployment d
				host h { runtime docker }
				container c on h { image "a:1" }
				container bounded on h { image "a:1" memory 64 MiB }
				""");
		assertRaised(issues, "capacity.unbounded", Severity.WARNING, 3);
	}
}
