package dev.berth.tests.importer;

import static dev.berth.tests.importer.DomainImport.reported;
import static dev.berth.tests.importer.DomainImport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.importer.ImportedSite;
import dev.berth.tests.support.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network and the domains that join it, in any order of the files: the network is declared once, in full. */
class NetworkOrderImportTest {

	private static final String DEFAULT = "network default {\n    mode nat\n    subnet \"192.168.122.0/24\"\n"
			+ "    gateway \"192.168.122.1\"\n}\n";
	private static final List<String> DEFAULT_REPORTED = List.of("3:3 uuid", "5:5 forward/nat",
			"9:3 bridge delay='0' name='virbr0' stp='on'", "10:3 mac",
			"13:7 ip/dhcp/range end='192.168.122.254' start='192.168.122.2'");

	@TempDir
	Path dir;

	private static Path network(String name) {
		return Project.path("dsl.tests/src/test/resources/importer/libvirt/network-" + name + ".xml");
	}

	/** A domain named {@code vm} with one interface of that type on that source. */
	private Path domain(String vm, String type, String source) throws Exception {
		String nic = "<devices><interface type='" + type + "'><source " + source + "/></interface></devices>";
		return Files.writeString(dir.resolve(vm + ".xml"), DomainImport.domain(DomainImport.DEBIAN + nic).replace("vm1", vm));
	}

	private static String vm(String name, String network) {
		return "vm " + name + " on local {\n    os linux \"debian 12\"\n    network " + network + "\n}\n";
	}

	@Test
	void theNetworkBeforeTheDomain() throws Exception {
		ImportedSite site = DomainImport.read(network("default"), domain("web", "network", "network='default'"));
		assertEquals(DEFAULT + vm("web", "default"), text(site));
		assertEquals(DEFAULT_REPORTED, reported(site));
	}

	@Test
	void theDomainBeforeTheNetworkWhoseDeclarationReplacesTheDomainsInPlace() throws Exception {
		ImportedSite site = DomainImport.read(domain("web", "network", "network='default'"), network("default"));
		assertEquals(DEFAULT + vm("web", "default"), text(site));
		assertEquals(DEFAULT_REPORTED, reported(site));
	}

	@Test
	void theNetworkBetweenTwoDomainsOfOneImport() throws Exception {
		ImportedSite site = DomainImport.read(domain("a", "network", "network='default'"), network("default"),
				domain("b", "network", "network='default'"));
		assertEquals(DEFAULT + vm("a", "default") + vm("b", "default"), text(site));
		assertEquals(DEFAULT_REPORTED, reported(site));
	}

	@Test
	void aNetworkRenamedByTheDomainKeepsThatName() throws Exception {
		ImportedSite site = DomainImport.read(domain("default", "network", "network='default'"), network("default"));
		assertEquals(DEFAULT.replace("network default", "network default-2") + vm("default", "default-2"), text(site));
		assertEquals("renamed: network default is default-2 in the model (the name is taken)",
				site.diagnostics().get(0).message());
		assertEquals(1 + DEFAULT_REPORTED.size(), site.diagnostics().size());
	}

	@Test
	void aSecondDefinitionOfTheSameNameIsAnotherNetwork() throws Exception {
		ImportedSite site = DomainImport.read(network("default"), domain("web", "network", "network='default'"),
				network("default"));
		assertEquals(DEFAULT + vm("web", "default") + DEFAULT.replace("network default", "network default-2"), text(site));
		assertEquals("2:3 renamed", reported(site).get(DEFAULT_REPORTED.size()));
	}

	@Test
	void aDomainOnTheHostBridgeOfABridgedNetworkJoinsThatNetwork() throws Exception {
		ImportedSite site = DomainImport.read(network("lan"), domain("web", "bridge", "bridge='br0'"));
		assertEquals("network lan {\n    mode bridge\n    bridge \"br0\"\n}\n" + vm("web", "lan"), text(site));
	}
}
