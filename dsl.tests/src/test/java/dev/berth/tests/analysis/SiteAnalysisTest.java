package dev.berth.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Inject;
import dev.berth.analysis.Amount;
import dev.berth.analysis.Comparison;
import dev.berth.analysis.Density;
import dev.berth.analysis.Footprint;
import dev.berth.analysis.MachineUse;
import dev.berth.analysis.SiteAnalysis;
import dev.berth.model.Site;
import dev.berth.model.Platform.Form;
import dev.berth.model.Sizes;
import dev.berth.model.Source;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.util.List;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The arithmetic of the comparison in its three forms against hand-computed figures: one KVM and Docker
 * host with memory overcommit 1.5, vm db (2 vCPU, 4 GiB, 20 GiB disk) and two replicas of web (0.5 cpu, 256 MiB).
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

	private static Footprint form(Comparison comparison, Form form) {
		return comparison.form(form).orElseThrow(() -> new AssertionError("no " + form + ": " + comparison.obstacles()));
	}

	private static double value(Amount amount) {
		return amount.value();
	}

	/**
	 * vm db: 4 GiB + (218 + 8 x 2 + 2.048 x 4) MiB under KVM, 2 x 1.02 cores; as a container 4 GiB - 256 MiB
	 * (Debian's baseline) + 11 MiB (the shim); sandboxed, under Kata as the host has KVM: + 160 MiB and 0.25 cores.
	 */
	@Test
	void aVmInItsThreeForms() {
		Comparison db = analyse(SITE).comparisons().get(0);
		long kvmOverhead = Math.round((218 + 8 * 2 + 2.048 * 4) * Sizes.MIB);
		Footprint vm = db.current();
		assertEquals(Form.VM, vm.form());
		assertEquals(4 * Sizes.GIB + kvmOverhead, value(vm.memory()));
		assertEquals("4.0 GiB memory + (kvm overhead 218 MiB + 8 MiB x 2 vCPU + 2.048 MiB x 4 GiB = 242.2 MiB) = 4.2 GiB",
				vm.memory().formula());
		assertEquals(2 * 1.02, value(vm.cpu()), 1e-9);
		assertEquals(20 * Sizes.GIB, value(vm.disk()));
		assertEquals(30_000, value(vm.start()));
		assertEquals(3, vm.isolationLevel());
		Footprint container = form(db, Form.CONTAINER);
		assertEquals(4 * Sizes.GIB - 256 * Sizes.MIB + 11 * Sizes.MIB, value(container.memory()));
		assertEquals(2.0, value(container.cpu()));
		assertEquals(100 * Sizes.MIB, value(container.disk()));
		assertEquals(250, value(container.start()));
		assertEquals(1, container.isolationLevel());
		assertEquals("linux only: containers share the kernel of host h", container.osFreedom());
		Footprint kata = form(db, Form.SANDBOXED);
		assertEquals("kata", kata.platform());
		assertEquals(4 * Sizes.GIB - 256 * Sizes.MIB + 160 * Sizes.MIB, value(kata.memory()));
		assertEquals(2 * 1.02 + 0.25, value(kata.cpu()), 1e-9);
		assertEquals(990, value(kata.start()));
		assertEquals(3, kata.isolationLevel());
		assertTrue(db.switchForm(), db.reasons()::toString);
		assertEquals("make it a container", db.recommendation());
	}

	/** Two web replicas: 2 x (256 + 11) MiB; as VMs 2 x (512 MiB guest + KVM overhead); under Kata 2 x (256 + 160) MiB. */
	@Test
	void aContainerInItsThreeForms() {
		Comparison web = analyse(SITE).comparisons().get(1);
		assertEquals(2, web.instances());
		assertEquals(2 * (256 + 11) * Sizes.MIB, value(web.current().memory()));
		assertEquals(1.0, value(web.current().cpu()));
		Footprint vm = form(web, Form.VM);
		long guest = (256 + 256) * Sizes.MIB;
		long overhead = Math.round((218 + 8 * 1 + 2.048 * 0.5) * Sizes.MIB);
		assertEquals(2 * (guest + overhead), value(vm.memory()));
		assertEquals(2 * 1.02, value(vm.cpu()), 1e-9);
		assertEquals(2 * 2 * Sizes.GIB, value(vm.disk()));
		Footprint kata = form(web, Form.SANDBOXED);
		assertEquals(2 * (256 + 160) * Sizes.MIB, value(kata.memory()));
		assertEquals(2 * (0.5 * 1.02 + 0.25), value(kata.cpu()), 1e-9);
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
				host.density().stream().map(Density::more).toList());
	}

	/**
	 * Host win1 of the mixed estate, its AD VM without a role: 4 vCPUs under Hyper-V (10% overhead,
	 * Microsoft's observed 9-12%) and two portal containers of 2 cores under Docker (none). As modelled
	 * 4 x 1.10 + 2 x 2 = 8.40 cores; with the VM as a container 4 + 4 = 8.00. Memory: 16 GiB + 24 MiB +
	 * 8 MiB x 16; as a container 16 GiB less Desktop Experience's 2 GiB, plus 50 MB for its system
	 * services. Disk: the VM's 80 GiB and one 4 GiB Windows image; switched, two Windows images.
	 */
	@Test
	void bothColumnsCountOverheadsAndImages() {
		MachineUse win1 = analyse("""
				deployment d
				host win1 { cpu 24 cores memory 96 GiB disk 2 TiB os windows hypervisor hyperv runtime docker }
				vm ad on win1 { os windows vcpu 4 memory 16 GiB disk root 80 GiB }
				container portal on win1 { image "iis:ltsc2022" os windows replicas 2 cpu 2.0 memory 4 GiB }
				""").machines().get(0);
		long portal = 2 * (4 * Sizes.GIB + 50_000_000);
		assertEquals(16 * Sizes.GIB + (24 + 8 * 16) * Sizes.MIB + portal, win1.used().memoryBytes());
		assertEquals(14 * Sizes.GIB + 50_000_000 + portal, win1.switched().memoryBytes());
		assertEquals(8.40, win1.used().cpu(), 1e-9);
		assertEquals(8.00, win1.switched().cpu(), 1e-9);
		assertEquals(80 * Sizes.GIB + 4 * Sizes.GIB, win1.used().diskBytes());
		assertEquals(4 * Sizes.GIB + 4 * Sizes.GIB, win1.switched().diskBytes());
	}

	/**
	 * A VM with a 20 GiB root and an 80 GiB data disk: as a container the root becomes the 100 MiB
	 * image and the data disk an 80 GiB volume, so 100 GiB as modelled and 80 GiB + 100 MiB switched;
	 * a container's 10 GiB volume counts in both its forms, its volume without a size in neither.
	 */
	@Test
	void dataDisksAreCarriedAsVolumes() {
		SiteAnalysis analysis = analyse("""
				deployment d
				host h { cpu 8 cores memory 32 GiB disk 500 GiB hypervisor kvm runtime docker }
				vm files on h { vcpu 2 memory 4 GiB disk root 20 GiB disk data 80 GiB }
				container c on h { image "a:1" memory 64 MiB volume "state" -> "/var/lib/c" size 10 GiB
				    volume "cache" -> "/var/cache/c" volume "./conf" -> "/etc/c" readonly }
				""");
		Comparison files = analysis.comparisons().get(0);
		assertEquals(100 * Sizes.GIB, value(files.current().disk()));
		assertEquals(100 * Sizes.MIB + 80 * Sizes.GIB, value(form(files, Form.CONTAINER).disk()));
		assertTrue(files.switchForm(), files.reasons()::toString);
		assertTrue(files.reasons().contains("its data is kept: disk data (80.0 GiB) becomes a volume of the same size, "
				+ "counted in both forms"), files.reasons()::toString);
		MachineUse h = analysis.machines().get(0);
		assertEquals(100 * Sizes.GIB + 100 * Sizes.MIB + 10 * Sizes.GIB, h.used().diskBytes());
		assertEquals(80 * Sizes.GIB + 100 * Sizes.MIB + 100 * Sizes.MIB + 10 * Sizes.GIB, h.switched().diskBytes());
		Comparison c = analysis.comparisons().get(1);
		assertEquals(2 * Sizes.GIB + 10 * Sizes.GIB, value(form(c, Form.VM).disk()), "the sized volume becomes a disk");
		assertTrue(c.reasons().contains("its data is kept: /var/lib/c (10.0 GiB) becomes a data disk of the same size in "
				+ "the VM form, counted in both forms; /var/cache/c becomes a data disk of the VM; the model gives it no "
				+ "size, so neither form counts it (give the volume a `size`)"), c.reasons()::toString);
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
		String container = "the container form is impossible: ";
		String sandboxed = "; the sandboxed container form is impossible: ";
		String vm = "the vm form is impossible: ";
		assertEquals(List.of(
				container + "a windows workload cannot be a container on host lin, whose kernel is linux" + sandboxed
						+ "a windows workload cannot be a container on host lin, whose kernel is linux",
				container + "vm boot boots its own kernel; containers share their machine's" + sandboxed
						+ "vm boot boots its own kernel; containers share their machine's",
				container + "vm k8s hosts workloads of its own" + sandboxed + "vm k8s hosts workloads of its own",
				container + "host esx runs ESXi, which runs no containers" + sandboxed
						+ "host esx runs ESXi, which runs no containers",
				vm + "host bare runs no hypervisor", vm + "vm k8s runs no hypervisor (no nested VMs)"), obstacles);
		assertTrue(analysis.comparisons().stream().limit(4).allMatch(c -> c.alternatives().isEmpty() && !c.switchForm()));
		assertEquals(List.of("gvisor"), analysis.comparisons().get(4).alternatives().stream().map(Footprint::platform)
				.toList(), "a host without KVM sandboxes under gVisor");
	}

	@Test
	void aProfileOverridesTheFigures() {
		Comparison db = analyse(SITE + """
				profile kvm { overhead 100 MiB start 5000 ms cpu 0.5 image 8 GiB }
				profile linux { baseline 1 GiB }
				""").comparisons().get(0);
		assertEquals(4 * Sizes.GIB + 100 * Sizes.MIB, value(db.current().memory()));
		assertEquals(5000, value(db.current().start()));
		assertEquals(3.0, value(db.current().cpu()));
		assertEquals(3 * Sizes.GIB + 11 * Sizes.MIB, value(form(db, Form.CONTAINER).memory()));
		assertEquals(Source.model("kvm"), db.current().start().sources().get(0));
	}
}
