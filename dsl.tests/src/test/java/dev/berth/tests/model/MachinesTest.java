package dev.berth.tests.model;

import static dev.berth.tests.support.ModelFixture.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Inject;
import dev.berth.berth.Arch;
import dev.berth.berth.Container;
import dev.berth.berth.Deployment;
import dev.berth.berth.Host;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Runtime;
import dev.berth.berth.Vm;
import dev.berth.model.Machines;
import dev.berth.model.Os;
import dev.berth.model.Sizes;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The facts of hosts and of VMs that act as machines, with the contract's defaults. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class MachinesTest {

	@Inject
	private ModelFixture fixture;

	private Deployment site;

	@BeforeEach
	void parseSite() {
		site = fixture.parse("""
				deployment d
				network n { subnet "10.0.0.0/24" }
				host full {
				    cpu 16 cores memory 64 GiB disk 2 TiB os windows "Server 2022" arch aarch64
				    hypervisor hyperv runtime docker overcommit cpu 4.0 memory 1.5
				    address "192.168.10.11" storage "/srv/vms/"
				}
				host bare { }
				vm nested on full { vcpu 8 memory 16 GiB os linux "Flatcar" hypervisor kvm runtime containerd
				    network n ip "10.0.0.7" }
				vm inner on nested { address "inner.example.com" }
				vm plain on bare { network n }
				""");
	}

	@Test
	void aHostStatesItsOwnFacts() {
		Host full = element(site, "full", Host.class);
		assertEquals(new Os(OsFamily.WINDOWS, "Server 2022"), Machines.os(full));
		assertEquals(OsFamily.WINDOWS, Machines.kernel(full));
		assertEquals(Hypervisor.HYPERV, Machines.hypervisor(full));
		assertEquals(Runtime.DOCKER, Machines.runtime(full));
		assertEquals(Arch.AARCH64, Machines.arch(full));
		assertEquals(new BigDecimal("16"), Machines.cores(full));
		assertEquals(64 * Sizes.GIB, Machines.memoryBytes(full));
		assertEquals(Optional.of(2 * Sizes.TIB), Machines.diskBytes(full));
		assertEquals(new BigDecimal("4.0"), Machines.cpuOvercommit(full));
		assertEquals(new BigDecimal("1.5"), Machines.memoryOvercommit(full));
		assertEquals("192.168.10.11", Machines.address(full));
		assertEquals("/srv/vms", Machines.storage(full));
	}

	@Test
	void aHostThatSaysNothingGetsTheDefaults() {
		Host bare = element(site, "bare", Host.class);
		assertEquals(Os.DEFAULT, Machines.os(bare));
		assertEquals(Hypervisor.NONE, Machines.hypervisor(bare));
		assertEquals(Runtime.NONE, Machines.runtime(bare));
		assertEquals(Arch.X86_64, Machines.arch(bare));
		assertEquals(BigDecimal.ZERO, Machines.cores(bare));
		assertEquals(Optional.empty(), Machines.diskBytes(bare));
		assertEquals(BigDecimal.ONE, Machines.cpuOvercommit(bare));
		assertEquals(BigDecimal.ONE, Machines.memoryOvercommit(bare));
		assertEquals("bare", Machines.address(bare));
		assertEquals("/var/lib/libvirt/images/berth", Machines.storage(bare));
	}

	@Test
	void aVmIsAMachineWithItsGuestKernel() {
		Vm nested = element(site, "nested", Vm.class);
		assertEquals(OsFamily.LINUX, Machines.kernel(nested));
		assertEquals("Flatcar", Machines.os(nested).description());
		assertEquals(Hypervisor.KVM, Machines.hypervisor(nested));
		assertEquals(Runtime.CONTAINERD, Machines.runtime(nested));
		assertEquals(new BigDecimal("8"), Machines.cores(nested));
		assertEquals(16 * Sizes.GIB, Machines.memoryBytes(nested));
		assertEquals(BigDecimal.ONE, Machines.memoryOvercommit(nested));
	}

	@Test
	void aVmAddressIsItsOwnElseItsFirstFixedIpElseItsName() {
		assertEquals("inner.example.com", Machines.address(element(site, "inner", Vm.class)));
		assertEquals("10.0.0.7", Machines.address(element(site, "nested", Vm.class)));
		assertEquals("plain", Machines.address(element(site, "plain", Vm.class)));
	}

	@Test
	void theHostUnderNestedVmsIsFound() {
		Host full = element(site, "full", Host.class);
		assertEquals(Optional.of(full), Machines.physicalHost(element(site, "inner", Vm.class)));
		assertEquals(Optional.of(full), Machines.physicalHost(full));
	}

	@Test
	void aContainerOsIsLinuxUnlessItSaysOtherwise() {
		Deployment containers = fixture.parse("""
				deployment c
				host h { runtime docker }
				container plain on h { }
				container win on h { os windows }
				""");
		assertEquals(Os.DEFAULT, Machines.os(element(containers, "plain", Container.class).getOs()));
		assertEquals(OsFamily.WINDOWS, Machines.os(element(containers, "win", Container.class).getOs()).family());
	}
}
