package dev.berth.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Inject;
import dev.berth.analysis.Comparison;
import dev.berth.analysis.SiteAnalysis;
import dev.berth.model.Platform.Form;
import dev.berth.model.Site;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import dev.berth.tests.support.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recommendations respect a workload's {@code role}: each VM below would save enough memory as a
 * container (4 GiB of guest, 2 GiB of it Windows, or a Linux baseline of 256 MiB over a 2 GiB guest).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class RoleGateTest {

	private static final String HOSTS = """
			deployment d
			host win { cpu 8 cores memory 32 GiB os windows hypervisor hyperv runtime docker }
			host lin { cpu 8 cores memory 32 GiB hypervisor kvm runtime docker }
			""";

	@Inject
	private ModelFixture fixture;

	private Comparison compare(String vm) {
		return SiteAnalysis.of(Site.of(fixture.parse(HOSTS + vm).eResource().getResourceSet())).comparisons().get(0);
	}

	@Test
	void aDomainControllerStaysAVm() {
		Comparison ad = compare("vm ad on win { os windows role identity vcpu 4 memory 16 GiB disk root 80 GiB }");
		assertTrue(ad.form(Form.CONTAINER).isPresent());
		assertEquals("keep the vm", ad.recommendation());
		assertEquals("role identity: AD DS cannot run in a container (no domain join, no domain controller); keep the VM",
				ad.reasons().get(ad.reasons().size() - 1));
	}

	@Test
	void aVendorApplianceAndADesktopStayVms() {
		Comparison appliance = compare("vm fw on lin { role appliance vcpu 2 memory 2 GiB disk root 8 GiB }");
		assertEquals("keep the vm", appliance.recommendation());
		assertTrue(appliance.reasons().contains("role appliance: a vendor image is supported only as shipped, as a VM; "
				+ "keep the VM"), appliance.reasons()::toString);
		Comparison desktop = compare("vm desk on lin { role desktop vcpu 2 memory 2 GiB disk root 8 GiB }");
		assertEquals("keep the vm", desktop.recommendation());
	}

	@Test
	void aDatabaseMovesOnlyWithItsData() {
		Comparison rootOnly = compare("vm db on lin { role database vcpu 2 memory 2 GiB disk root 40 GiB }");
		assertEquals("keep the vm", rootOnly.recommendation());
		assertTrue(rootOnly.reasons().get(rootOnly.reasons().size() - 1).startsWith("role database: its data lives on "
				+ "its root disk"), rootOnly.reasons()::toString);
		Comparison withData = compare("vm db on lin { role database vcpu 2 memory 2 GiB disk root 20 GiB disk data 80 GiB }");
		assertEquals("make it a container", withData.recommendation(), withData.reasons()::toString);
		assertTrue(withData.reasons().contains("its data is kept: disk data (80.0 GiB) becomes a volume of the same size, "
				+ "counted in both forms"), withData.reasons()::toString);
		assertFalse(withData.reasons().stream().anyMatch(reason -> reason.startsWith("no role given")));
	}

	@Test
	void withoutARoleTheAssumptionIsStated() {
		Comparison service = compare("vm svc on lin { vcpu 2 memory 2 GiB disk root 8 GiB }");
		assertEquals("make it a container", service.recommendation());
		assertTrue(service.reasons().contains("no role given: assumed a stateless service; say `role` if it is a "
				+ "directory, an appliance or a desktop, which stay VMs"), service.reasons()::toString);
	}

	@Test
	void theMixedEstateRecommendsNoSwitch() throws Exception {
		Path folder = Project.path("examples/mixed-estate");
		SiteAnalysis analysis = SiteAnalysis.of(Site.of(fixture.parseAll(Files.readString(folder.resolve("estate.berth")),
				Files.readString(folder.resolve("workloads.berth"))).get(0).eResource().getResourceSet()));
		assertTrue(analysis.comparisons().stream().noneMatch(Comparison::switchForm), () -> analysis.comparisons().stream()
				.filter(Comparison::switchForm).map(c -> c.workload().getName()).toList().toString());
		Comparison ad = analysis.comparisons().stream().filter(c -> c.workload().getName().equals("ad")).findFirst()
				.orElseThrow();
		assertTrue(ad.reasons().get(ad.reasons().size() - 1).startsWith("role identity: AD DS cannot run in a container"));
		assertEquals(4 * 1.10 + 2 * 2.0, analysis.machines().stream().filter(use -> use.machine() == ad.machine()).findFirst()
				.orElseThrow().switched().cpu(), 1e-9);
	}
}
