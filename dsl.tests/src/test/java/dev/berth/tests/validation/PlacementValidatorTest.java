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

/** Placement and compatibility: runtimes, hypervisors, kernels and host operating systems. */
class PlacementValidatorTest extends ValidatorTestBase {

	@Test
	void aContainerOnAMachineWithoutRuntime() {
		List<Issue> issues = issues("""
				deployment d
				host bare { hypervisor kvm }
				host dock { runtime docker }
				container web on dock,
				    bare { image "nginx:1.27.2" }
				""");
		Issue issue = assertRaised(issues, "placement.no-runtime", Severity.ERROR, 5);
		assertEquals(5, issue.getColumn());
		assertEquals("container web is placed on host bare, which runs no container runtime; add `runtime docker` "
				+ "to bare (or podman, containerd, lxc), or place web elsewhere", issue.getMessage());
		assertArrayEquals(new String[] { "bare", "docker" }, issue.getData());
	}

	@Test
	void aContainerInAVmWithoutRuntimeAndABalancerWithout() {
		List<Issue> issues = issues("""
				deployment d
				host h { hypervisor kvm }
				vm plain on h { }
				container c on plain { image "a:1" }
				balancer b on h { targets c }
				""");
		assertEquals(List.of(4, 5), linesOf(issues, "placement.no-runtime"));
	}

	@Test
	void aContainerInAVmWithRuntimeIsPlaced() {
		assertNotRaised(issues("""
				deployment d
				host h { hypervisor kvm }
				vm k8s on h { runtime containerd }
				container c on k8s { image "a:1" }
				"""), "placement.no-runtime");
	}

	@Test
	void aVmOnAHostWithoutHypervisorOrAVmWithoutNesting() {
		List<Issue> issues = issues("""
				deployment d
				host bare { runtime docker }
				host hv { hypervisor kvm }
				vm a on bare { }
				vm outer on hv { }
				vm inner on outer { }
				""");
		assertEquals(List.of(4, 6), linesOf(issues, "placement.no-hypervisor"));
		assertEquals("vm inner is placed on vm outer, which runs no nested VMs; add `hypervisor kvm` to outer "
				+ "(nested virtualization), or place inner on a host",
				messageAt(issues, "placement.no-hypervisor", 6));
	}

	@Test
	void aNestedVmOnAVmWithHypervisorIsPlaced() {
		assertNotRaised(issues("""
				deployment d
				host hv { hypervisor kvm }
				vm outer on hv { hypervisor kvm }
				vm inner on outer { }
				"""), "placement.no-hypervisor");
	}

	@Test
	void containersShareTheirMachinesKernel() {
		List<Issue> issues = issues("""
				deployment d
				host lin { runtime docker }
				host win { os windows runtime docker }
				container iis on lin { image "iis:1" os windows }
				container web on win { image "nginx:1.27.2" }
				container app on win { image "app:1" os windows "LTSC 2022" }
				""");
		assertEquals(List.of(4, 5), linesOf(issues, "kernel.mismatch"));
		assertEquals("container iis is a windows container but host lin runs a linux kernel; containers share their "
				+ "machine's kernel, so place iis on a windows machine or use a linux image", messageAt(issues, "kernel.mismatch", 4));
	}

	@Test
	void hypervisorsNeedTheirHostOs() {
		List<Issue> issues = issues("""
				deployment d
				host a { os windows hypervisor kvm }
				host b { os linux hypervisor hyperv }
				host c { hypervisor esxi }
				host e { os esxi hypervisor xen }
				host ok1 { os windows hypervisor hyperv }
				host ok2 { os esxi hypervisor esxi }
				host ok3 { hypervisor qemu }
				""");
		assertEquals(List.of(2, 3, 4, 5), linesOf(issues, "hypervisor.host-os"));
	}

	@Test
	void runtimesNeedTheirHostOs() {
		List<Issue> issues = issues("""
				deployment d
				host a { os windows runtime podman }
				host b { os windows runtime lxc }
				host c { os esxi hypervisor esxi runtime docker }
				host ok1 { os windows runtime docker }
				host ok2 { os linux runtime lxc }
				""");
		assertEquals(List.of(2, 3, 4), linesOf(issues, "runtime.host-os"));
		assertEquals("podman cannot run on host a, which runs windows; use docker on windows, or run podman in a "
				+ "linux VM", messageAt(issues, "runtime.host-os", 2));
	}
}
