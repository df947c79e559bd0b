package dev.berth.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Inject;
import dev.berth.analysis.Comparison;
import dev.berth.analysis.Footprint;
import dev.berth.analysis.SiteAnalysis;
import dev.berth.model.Platform.Form;
import dev.berth.model.Site;
import dev.berth.model.Sizes;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published figures behind the comparison, reproduced from models that match each publication's
 * setup: VMware's sample overhead table, Firecracker's specification, gVisor's density benchmark and
 * Kata's pod overhead.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class PublishedFiguresTest {

	@Inject
	private ModelFixture fixture;

	private Comparison only(String workloads) {
		String model = "deployment d\nhost h { cpu 64 cores memory 512 GiB os linux hypervisor kvm runtime docker }\n"
				+ "host esx { cpu 64 cores memory 512 GiB os esxi hypervisor esxi }\n" + workloads;
		return SiteAnalysis.of(Site.of(fixture.parse(model).eResource().getResourceSet())).comparisons().get(0);
	}

	/**
	 * VMware vSphere Resource Management, sample overhead memory on virtual machines (MB): every row of
	 * the table within 2% of the plane Berth fits, and the three rows it is fitted through within 0.1 MB.
	 */
	@ParameterizedTest(name = "{0} vCPU, {1} MB: {2} MB")
	@CsvSource({ "1,256,20.29", "2,256,24.28", "4,256,32.23", "8,256,48.16", "1,1024,25.90", "2,1024,29.91",
			"4,1024,37.86", "8,1024,53.82", "1,4096,48.64", "2,4096,52.72", "4,4096,60.67", "8,4096,76.78",
			"1,16384,139.62", "2,16384,143.98", "4,16384,151.93", "8,16384,168.60" })
	void theEsxiOverheadTableRow(int vcpus, int memoryMiB, double publishedMiB) {
		Comparison vm = only("vm v on esx { vcpu " + vcpus + " memory " + memoryMiB + " MiB }");
		double overheadMiB = (vm.current().memory().value() - memoryMiB * (double) Sizes.MIB) / Sizes.MIB;
		boolean fitted = (vcpus == 1 && memoryMiB == 1024) || (vcpus == 4 && memoryMiB == 4096)
				|| (vcpus == 8 && memoryMiB == 16384);
		assertEquals(publishedMiB, overheadMiB, fitted ? 0.1 : publishedMiB * 0.02, vm.current().memory().formula());
	}

	/**
	 * Firecracker's specification: a microVM of 2 vCPUs and 256 MiB, its VMM at most 5 MiB, at most
	 * 125 ms to /sbin/init, guest CPU above 95% of bare metal; Kata on Firecracker adds its guest and agent.
	 */
	@Test
	void firecrackersMicroVm() {
		Footprint fc = only("container fn on h { image \"a:1\" cpu 2 memory 256 MiB sandbox kata-fc }").current();
		assertEquals(Form.SANDBOXED, fc.form());
		assertEquals(125, fc.start().value());
		assertTrue(fc.start().sources().get(0).text().startsWith("Firecracker specification"), fc.start()::toString);
		assertTrue(fc.memory().formula().contains("5 MiB kata-fc Firecracker VMM"), fc.memory().formula());
		assertEquals((256 + 5 + 125) * Sizes.MIB, fc.memory().value());
		assertEquals(2 * 1.05 + 0.25, fc.cpu().value(), 1e-9);
		assertEquals(3, fc.isolationLevel());
	}

	/** gVisor's density benchmark: an empty sandbox (a container with no memory of its own) takes 23,695,032 bytes. */
	@Test
	void gVisorsEmptySandbox() {
		Footprint empty = only("container sleeper on h { image \"busybox:1.36\" sandbox gvisor }").current();
		assertEquals(23_695_032, empty.memory().value());
		assertEquals(0, empty.cpu().value());
		assertEquals(2, empty.isolationLevel());
	}

	/** Kata's RuntimeClass kata-qemu: each pod costs 160Mi of memory and 250m of CPU beyond the container's own. */
	@Test
	void katasPodOverhead() {
		Comparison pod = only("container app on h { image \"a:1\" cpu 1 memory 512 MiB sandbox kata replicas 3 }");
		Footprint kata = pod.current();
		assertEquals(3 * (512 + 160) * Sizes.MIB, kata.memory().value());
		assertEquals(3 * (1 * 1.02 + 0.25), kata.cpu().value(), 1e-9);
		assertEquals("3 x ((1 x (1 + 0.02 kata CPU overhead) = 1.02) + 0.25 cores kata pod overhead = 1.27) = 3.81",
				kata.cpu().formula());
		Footprint plain = pod.form(Form.CONTAINER).orElseThrow();
		assertEquals(3 * (512 + 11) * Sizes.MIB, plain.memory().value());
	}
}
