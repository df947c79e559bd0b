package dev.berth.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Inject;
import dev.berth.analysis.Comparison;
import dev.berth.analysis.Footprint;
import dev.berth.analysis.MachineUse;
import dev.berth.analysis.SiteAnalysis;
import dev.berth.model.Site;
import dev.berth.model.Sizes;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.util.List;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The arithmetic of the comparison against hand-computed figures: one KVM and Docker host with
 * memory overcommit 1.5, vm db (2 vCPU, 4 GiB, 20 GiB disk) and two replicas of web (0.5 cpu, 256 MiB).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class SiteAnalysisTest {

	private static final String SITE = """
			deployment d
			host h { cpu 8 cores memory 16 GiB disk 100 GiB hypervisor kvm runtime docker overcommit memory 1.5 }
			vm db on h { vcpu 2 memory 4 GiB disk root 20 GiB }
			container web on h { image "nginx:1.27.2" replicas 2 cpu 0.5 memory 256 MiB user "1" }
			""";

	@Inject
	private ModelFixture fixture;

	private SiteAnalysis analyse(String text) {
		return SiteAnalysis.of(Site.of(fixture.parse(text).eResource().getResourceSet()));
	}

	@Test
	void aVmInBothForms() {
		Comparison db = analyse(SITE).comparisons().get(0);
		long kvmOverhead = Math.round((218 + 8 * 2 + 2.048 * 4) * Sizes.MIB);
		assertEquals(new Footprint("vm", "kvm", 4 * Sizes.GIB + kvmOverhead, 2 * 1.02, 20 * Sizes.GIB, 30_000,
				"hardware virtualization: each VM runs its own kernel; the hypervisor is the boundary (KVM)",
				"any OS the hypervisor runs, with its own kernel"), db.current());
		assertEquals("linux only: containers share the kernel of host h", db.alternative().orElseThrow().osFreedom());
		Footprint container = db.alternative().orElseThrow();
		assertEquals(4 * Sizes.GIB - 256 * Sizes.MIB + 11 * Sizes.MIB, container.memoryBytes());
		assertEquals(2.0, container.cpu());
		assertEquals(100 * Sizes.MIB, container.diskBytes());
		assertEquals(250, container.startMillis());
		assertTrue(db.switchForm(), db.reasons()::toString);
		assertEquals("make it a container", db.recommendation());
	}

	@Test
	void aContainerInBothForms() {
		Comparison web = analyse(SITE).comparisons().get(1);
		assertEquals(2, web.instances());
		assertEquals(2 * (256 + 11) * Sizes.MIB, web.current().memoryBytes());
		assertEquals(1.0, web.current().cpu());
		Footprint vm = web.alternative().orElseThrow();
		long guest = (256 + 256) * Sizes.MIB;
		long overhead = Math.round((218 + 8 * 1 + 2.048 * 0.5) * Sizes.MIB);
		assertEquals(2 * (guest + overhead), vm.memoryBytes());
		assertEquals(2 * 1.02, vm.cpu(), 1e-9);
		assertEquals(2 * 2 * Sizes.GIB, vm.diskBytes());
		assertFalse(web.switchForm());
		assertEquals("keep the container", web.recommendation());
	}

	@Test
	void theMachineWithOvercommitAndTheRecommendedForms() {
		MachineUse host = analyse(SITE).machines().get(0);
		assertEquals(24 * Sizes.GIB, host.memoryBytes());
		assertEquals(8.0, host.cpu());
		assertEquals(100 * Sizes.GIB, host.diskBytes());
		long vm = 4 * Sizes.GIB + Math.round((218 + 8 * 2 + 2.048 * 4) * Sizes.MIB);
		long containers = 2 * (256 + 11) * Sizes.MIB;
		long image = 100 * Sizes.MIB;
		assertEquals(new MachineUse.Use(vm + containers, 2 * 1.02 + 1.0, 20 * Sizes.GIB + image), host.used());
		long dbAsContainer = 4 * Sizes.GIB - 256 * Sizes.MIB + 11 * Sizes.MIB;
		assertEquals(new MachineUse.Use(dbAsContainer + containers, 2.0 + 1.0, image + image), host.switched());
		assertEquals(host.used(), analyse(SITE).totals().used());
		long free = 24 * Sizes.GIB - vm - containers;
		double freeCpu = 8 - 3.04;
		assertEquals(List.of((int) Math.min(free / vm, Math.floor(freeCpu / 2.04)),
				(int) Math.min(free / (267 * Sizes.MIB), Math.floor(freeCpu / 0.5))),
				host.density().stream().map(MachineUse.Density::more).toList());
	}

	/**
	 * Host win1 of the mixed estate, its AD VM without a role: 4 vCPUs under Hyper-V (3% overhead)
	 * and two portal containers of 2 cores under Docker (none). As modelled 4 x 1.03 + 2 x 2 = 8.12
	 * cores; with the VM as a container 4 + 4 = 8.00. Disk: the VM's 80 GiB and one 4 GiB Windows
	 * image; switched, two Windows images.
	 */
	@Test
	void bothColumnsCountOverheadsAndImages() {
		MachineUse win1 = analyse("""
				deployment d
				host win1 { cpu 24 cores memory 96 GiB disk 2 TiB os windows hypervisor hyperv runtime docker }
				vm ad on win1 { os windows vcpu 4 memory 16 GiB disk root 80 GiB }
				container portal on win1 { image "iis:ltsc2022" os windows replicas 2 cpu 2.0 memory 4 GiB }
				""").machines().get(0);
		assertEquals(8.12, win1.used().cpu(), 1e-9);
		assertEquals(8.00, win1.switched().cpu(), 1e-9);
		assertEquals(80 * Sizes.GIB + 4 * Sizes.GIB, win1.used().diskBytes());
		assertEquals(4 * Sizes.GIB + 4 * Sizes.GIB, win1.switched().diskBytes());
	}

	/**
	 * A VM with a 20 GiB root and an 80 GiB data disk: as a container the root becomes the 100 MiB
	 * image and the data disk an 80 GiB volume, so 100 GiB as modelled and 80 GiB + 100 MiB switched.
	 */
	@Test
	void dataDisksAreCarriedAsVolumes() {
		SiteAnalysis analysis = analyse("""
				deployment d
				host h { cpu 8 cores memory 32 GiB disk 500 GiB hypervisor kvm runtime docker }
				vm files on h { vcpu 2 memory 4 GiB disk root 20 GiB disk data 80 GiB }
				container c on h { image "a:1" memory 64 MiB volume "state" -> "/var/lib/c" volume "./conf" -> "/etc/c" readonly }
				""");
		Comparison files = analysis.comparisons().get(0);
		assertEquals(100 * Sizes.GIB, files.current().diskBytes());
		assertEquals(100 * Sizes.MIB + 80 * Sizes.GIB, files.alternative().orElseThrow().diskBytes());
		assertTrue(files.switchForm(), files.reasons()::toString);
		assertTrue(files.reasons().contains("its data is kept: disk data (80.0 GiB) becomes a volume of the same size, "
				+ "counted in both forms"), files.reasons()::toString);
		MachineUse h = analysis.machines().get(0);
		assertEquals(100 * Sizes.GIB + 100 * Sizes.MIB, h.used().diskBytes());
		assertEquals(80 * Sizes.GIB + 100 * Sizes.MIB + 100 * Sizes.MIB, h.switched().diskBytes());
		assertTrue(analysis.comparisons().get(1).reasons().contains("its data is kept: /var/lib/c becomes a data disk of "
				+ "the VM; the model gives it no size, so neither form counts it"), analysis.comparisons().get(1).reasons()::toString);
	}

	@Test
	void infeasibleFormsSayWhy() {
		SiteAnalysis analysis = analyse("""
				deployment d
				host lin { hypervisor kvm runtime docker }
				host bare { runtime docker }
				host esx { os esxi hypervisor esxi }
				vm win on lin { os windows vcpu 2 memory 4 GiB }
				vm boot on lin { kernel "k" memory 1 GiB }
				vm k8s on lin { runtime containerd memory 8 GiB }
				vm appliance on esx { memory 2 GiB }
				container c on bare { image "a:1" memory 64 MiB }
				container inner on k8s { image "a:1" memory 64 MiB }
				""");
		List<String> obstacles = analysis.comparisons().stream().map(c -> String.join("; ", c.obstacles())).toList();
		assertEquals(List.of("a windows workload cannot be a container on host lin, whose kernel is linux",
				"vm boot boots its own kernel; containers share their machine's", "vm k8s hosts workloads of its own",
				"host esx runs ESXi, which runs no containers", "host bare runs no hypervisor",
				"vm k8s runs no hypervisor (no nested VMs)"), obstacles);
		assertTrue(analysis.comparisons().stream().allMatch(c -> c.alternative().isEmpty() && !c.switchForm()));
	}

	@Test
	void aProfileOverridesTheFigures() {
		Comparison db = analyse(SITE + """
				profile kvm { overhead 100 MiB start 5000 ms cpu 0.5 image 8 GiB }
				profile linux { baseline 1 GiB }
				""").comparisons().get(0);
		assertEquals(4 * Sizes.GIB + 100 * Sizes.MIB, db.current().memoryBytes());
		assertEquals(5000, db.current().startMillis());
		assertEquals(3.0, db.current().cpu());
		assertEquals(3 * Sizes.GIB + 11 * Sizes.MIB, db.alternative().orElseThrow().memoryBytes());
	}
}
