package dev.berth.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Inject;
import dev.berth.generator.Target;
import dev.berth.importer.ImportedSite;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.Generated;
import dev.berth.tests.support.ModelFixture;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Networks as {@code virsh net-dumpxml} writes them, imported with a domain that joins them, validated
 * and generated again: the network Berth writes equals the original on every carried part, passes
 * libvirt's schema and is defined and started by libvirt's test driver.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class NetworkRoundTripImportTest {

	@TempDir
	Path dir;

	@Inject
	private ModelFixture fixture;

	@ParameterizedTest
	@ValueSource(strings = { "default", "lab", "private", "lan" })
	void aNetworkImportedAndGeneratedAgainKeepsItsCarriedParts(String name) throws Exception {
		Path original = Project.path("dsl.tests/src/test/resources/importer/libvirt/network-" + name + ".xml");
		String nic = "<devices><interface type='network'><source network='" + name + "'/></interface></devices>";
		Path domain = Files.writeString(dir.resolve("vm.xml"), DomainImport.domain(DomainImport.DEBIAN + nic));
		ImportedSite site = DomainImport.read(original, domain);
		String model = DomainImport.model(site, "kvm");
		assertEquals(List.of(), ModelFixture.codes(fixture.errors(fixture.parse(model))), model);
		Path modelFile = Files.writeString(dir.resolve("imported.berth"), model);
		String generated = Generated.of(modelFile, Target.LIBVIRT).get("libvirt/local/networks/" + name + ".xml").content();
		assertEquals(name, facts(generated).get("name"), generated);
		assertEquals(facts(Files.readString(original)), facts(generated), generated);
		Path regenerated = Files.writeString(dir.resolve(name + ".generated.xml"), generated);
		assertValid(original);
		assertValid(regenerated);
		assertDefinedAndStarted(regenerated, name);
	}

	/** The network's carried parts: name, forward mode, host bridge of a bridged network, IPv4 address and prefix. */
	private static Map<String, String> facts(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		XPath xpath = XPathFactory.newInstance().newXPath();
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("name", xpath.evaluate("/network/name", document));
		String mode = xpath.evaluate("/network/forward/@mode", document);
		facts.put("forward", mode);
		if (mode.equals("bridge")) {
			facts.put("bridge", xpath.evaluate("/network/bridge/@name", document));
		}
		String ip = "/network/ip[not(@family) or @family='ipv4'][1]";
		facts.put("address", xpath.evaluate(ip + "/@address", document));
		String prefix = xpath.evaluate(ip + "/@prefix", document);
		String netmask = xpath.evaluate(ip + "/@netmask", document);
		facts.put("prefix", netmask.isEmpty() ? prefix : String.valueOf(maskLength(netmask)));
		return facts;
	}

	private static int maskLength(String netmask) {
		int ones = 0;
		for (String octet : netmask.split("\\.")) {
			ones += Integer.bitCount(Integer.parseInt(octet));
		}
		return ones;
	}

	/** The file passes libvirt's network schema. */
	private void assertValid(Path network) throws Exception {
		Path validate = Tools.require("virt-xml-validate", "libvirt-clients and libxml2-utils");
		Processes.Result result = Processes.run(dir, validate.toString(), network.toString(), "network");
		assertEquals(0, result.status(), network + ": " + result.output());
	}

	/** libvirt's in-process test driver defines the network and starts it. */
	private void assertDefinedAndStarted(Path network, String name) throws Exception {
		Path virsh = Tools.require("virsh", "libvirt-clients");
		Processes.Result result = Processes.run(dir, virsh.toString(), "-c", "test:///default",
				"net-define " + network + "; net-start " + name + "; net-info " + name);
		assertEquals(0, result.status(), result.output());
		assertTrue(result.output().matches("(?s).*Active:\\s+yes.*"), result.output());
	}
}
