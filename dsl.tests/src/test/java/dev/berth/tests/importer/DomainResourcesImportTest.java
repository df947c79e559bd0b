package dev.berth.tests.importer;

import static dev.berth.tests.importer.DomainImport.domain;
import static dev.berth.tests.importer.DomainImport.message;
import static dev.berth.tests.importer.DomainImport.reported;
import static dev.berth.tests.importer.DomainImport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.berth.Hypervisor;
import dev.berth.importer.ImportedSite;
import dev.berth.importer.libvirt.DomainImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The domain's name, type, vcpu, memory in each of libvirt's units, and CPU mode. */
class DomainResourcesImportTest {

	@TempDir
	Path dir;

	private ImportedSite of(String elements) throws Exception {
		return DomainImport.of(dir, domain(DomainImport.DEBIAN + elements));
	}

	@Test
	void aNameThatIsNoBerthNameIsRenamedAndReported() throws Exception {
		ImportedSite site = DomainImport.of(dir, "<domain type='kvm'>\n  <name>web.01</name>" + DomainImport.DEBIAN + "</domain>\n");
		assertEquals("vm web_01 on local {\n    os linux \"debian 12\"\n}\n", text(site));
		assertEquals(List.of("2:3 renamed"), reported(site));
	}

	@Test
	void vcpuAndMemoryInEachUnit() throws Exception {
		assertEquals("vm vm1 on local {\n    os linux \"debian 12\"\n    vcpu 4\n    memory 4 GiB\n}\n",
				text(of("<vcpu placement='static'>4</vcpu>\n<memory unit='KiB'>4194304</memory>\n"
						+ "<currentMemory unit='KiB'>4194304</currentMemory>")));
		assertTrue(text(of("<memory unit='MiB'>1536</memory>")).contains("memory 1536 MiB"));
		assertTrue(text(of("<memory>524288</memory>")).contains("memory 512 MiB"));
		assertTrue(text(of("<memory unit='G'>2</memory>")).contains("memory 2 GiB"));
		assertTrue(text(of("<memory unit='bytes'>1073741824</memory>")).contains("memory 1 GiB"));
		assertTrue(text(of("<memory unit='MB'>1000</memory>")).contains("memory 976563 KiB"));
	}

	@Test
	void whatBerthCannotSayOfVcpuAndMemoryIsReportedAtItsLine() throws Exception {
		ImportedSite site = of("<vcpu placement='static' current='2' cpuset='0-3'>4</vcpu>\n<memory unit='GiB'>4</memory>\n"
				+ "<currentMemory unit='GiB'>2</currentMemory>\n<memoryBacking><hugepages/></memoryBacking>");
		assertEquals(List.of("4:3 vcpu cpuset='0-3' current='2'", "6:3 currentMemory", "7:3 memoryBacking"), reported(site));
		assertTrue(text(site).contains("vcpu 4\n    memory 4 GiB\n"), text(site));
		assertEquals("not imported: currentMemory (Berth gives a VM all of its memory from the start: currentMemory "
				+ "equals memory)", message(site, "currentMemory"));
	}

	@Test
	void aSizeOrCountLibvirtWouldNotWriteIsReportedNotCarried() throws Exception {
		ImportedSite site = of("<vcpu>many</vcpu>\n<memory unit='parsecs'>12</memory>");
		assertEquals(List.of("4:3 vcpu", "5:3 memory"), reported(site));
		assertEquals("vm vm1 on local {\n    os linux \"debian 12\"\n}\n", text(site));
	}

	@Test
	void cpuModes() throws Exception {
		assertTrue(text(of("<cpu mode='host-passthrough' check='none' migratable='on'/>")).contains("cpu-model host-passthrough\n"));
		assertTrue(text(of("<cpu mode='host-model' check='partial'/>")).contains("cpu-model host-model\n"));
		ImportedSite custom = of("<cpu mode='custom' match='exact' check='partial'>\n  <model fallback='allow'>Skylake-Client-IBRS</model>\n"
				+ "  <topology sockets='1' dies='1' cores='2' threads='1'/>\n  <feature policy='require' name='ssbd'/>\n"
				+ "  <feature policy='disable' name='hle'/>\n</cpu>");
		assertTrue(text(custom).contains("cpu-model \"Skylake-Client-IBRS\"\n"), text(custom));
		assertEquals(List.of("4:3 cpu check='partial'", "6:5 cpu/topology", "7:5 cpu/feature, 2 elements"), reported(custom));
	}

	@Test
	void aCpuModeBerthHasNotIsReported() throws Exception {
		ImportedSite site = of("<cpu mode='maximum'/>\n<cpu2/>");
		assertEquals(List.of("4:3 cpu mode='maximum'", "5:3 cpu2"), reported(site));
		assertEquals("not imported: cpu mode='maximum' (Berth's CPU models are host-passthrough, host-model and a named model)",
				message(site, "cpu mode='maximum'"));
		assertEquals(List.of("4:3 cpu mode='custom' without a model"), reported(of("<cpu mode='custom'><topology cores='2'/></cpu>")));
	}

	@Test
	void theImporterTellsWhichHypervisorsTheDomainsAskedFor() throws Exception {
		Path kvm = Files.writeString(dir.resolve("a.xml"), domain(DomainImport.DEBIAN));
		Path qemu = Files.writeString(dir.resolve("b.xml"), domain(DomainImport.DEBIAN).replace("vm1", "vm2").replace("'kvm'", "'qemu'"));
		Path lxc = Files.writeString(dir.resolve("c.xml"), domain(DomainImport.DEBIAN).replace("vm1", "vm3").replace("'kvm'", "'lxc'"));
		DomainImporter importer = new DomainImporter();
		ImportedSite site = new ImportedSite("local", dir);
		for (Path file : List.of(kvm, qemu, kvm, lxc)) {
			importer.read(file, site);
		}
		assertEquals(Set.of(Hypervisor.KVM, Hypervisor.QEMU), importer.hypervisors());
		assertEquals(List.of(Hypervisor.KVM, Hypervisor.QEMU), List.copyOf(importer.hypervisors()));
		assertEquals("not imported: domain type='lxc' (Berth's hypervisors are kvm, qemu, xen, esxi (libvirt's vmware) and hyperv)",
				message(site, "domain type='lxc'"));
	}
}
