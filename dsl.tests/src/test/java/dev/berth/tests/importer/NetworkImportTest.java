package dev.berth.tests.importer;

import static dev.berth.tests.importer.DomainImport.message;
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

/** Networks as {@code virsh net-dumpxml} writes them: mode, bridge, subnet and gateway carried, the rest reported at its line. */
class NetworkImportTest {

	@TempDir
	Path dir;

	private ImportedSite of(String xml) throws Exception {
		return DomainImport.read(Files.writeString(dir.resolve("network.xml"), xml));
	}

	private static ImportedSite resource(String name) throws Exception {
		return DomainImport.read(Project.path("dsl.tests/src/test/resources/importer/libvirt/" + name + ".xml"));
	}

	@Test
	void aNatNetworkWithANetmask() throws Exception {
		ImportedSite site = resource("network-default");
		assertEquals("network default {\n    mode nat\n    subnet \"192.168.122.0/24\"\n    gateway \"192.168.122.1\"\n}\n",
				text(site));
		assertEquals(List.of("3:3 uuid", "5:5 forward/nat", "9:3 bridge delay='0' name='virbr0' stp='on'", "10:3 mac",
				"13:7 ip/dhcp/range end='192.168.122.254' start='192.168.122.2'"), reported(site));
		assertEquals("not imported: bridge delay='0' name='virbr0' stp='on' (Berth names the bridge of a network it defines "
				+ "bn-NAME)", message(site, "bridge delay='0' name='virbr0' stp='on'"));
	}

	@Test
	void aRoutedNetworkWithAPrefix() throws Exception {
		ImportedSite site = resource("network-lab");
		assertEquals("network lab {\n    mode routed\n    subnet \"10.20.0.0/16\"\n    gateway \"10.20.0.1\"\n}\n", text(site));
		assertEquals(List.of("4:3 bridge delay='0' name='virbr5' stp='on'"), reported(site));
	}

	@Test
	void aNetworkWithoutForwardIsIsolated() throws Exception {
		ImportedSite site = resource("network-private");
		assertEquals("network private {\n    mode isolated\n    subnet \"172.16.5.0/24\"\n    gateway \"172.16.5.1\"\n}\n",
				text(site));
		assertEquals(List.of("3:3 bridge name='virbr9'"), reported(site));
	}

	@Test
	void aBridgedNetworkJoinsItsHostBridge() throws Exception {
		ImportedSite site = resource("network-lan");
		assertEquals("network lan {\n    mode bridge\n    bridge \"br0\"\n}\n", text(site));
		assertEquals(List.of("3:3 uuid"), reported(site));
	}

	@Test
	void everyOtherElementIsReportedAtItsLineOncePerElement() throws Exception {
		ImportedSite site = of("""
				<network connections='2'>
				  <name>office</name>
				  <forward mode='nat' dev='eth0'/>
				  <domain name='office.lan' localOnly='yes'/>
				  <dns>
				    <forwarder addr='9.9.9.9'/>
				  </dns>
				  <mtu size='9000'/>
				  <ip address='10.8.0.1' netmask='255.255.252.0' localPtr='yes'>
				    <tftp root='/srv/tftp'/>
				    <dhcp>
				      <range start='10.8.2.0' end='10.8.3.254'/>
				      <host mac='52:54:00:6b:3c:01' name='db' ip='10.8.0.10'/>
				      <host mac='52:54:00:6b:3c:02' ip='10.8.0.11'/>
				      <bootp file='pxelinux.0'/>
				    </dhcp>
				  </ip>
				  <ip address='10.9.0.1' prefix='24'/>
				  <ip family='ipv6' address='fd00:8::1' prefix='64'/>
				</network>
				""");
		assertEquals("network office {\n    mode nat\n    subnet \"10.8.0.0/22\"\n    gateway \"10.8.0.1\"\n}\n", text(site));
		assertEquals(List.of("1:1 network connections='2'", "3:3 forward dev='eth0'", "4:3 domain", "5:3 dns", "8:3 mtu",
				"9:3 ip localPtr='yes'", "10:5 ip/tftp", "12:7 ip/dhcp/range end='10.8.3.254' start='10.8.2.0'",
				"13:7 ip/dhcp/host ip='10.8.0.10' mac='52:54:00:6b:3c:01' name='db'",
				"14:7 ip/dhcp/host ip='10.8.0.11' mac='52:54:00:6b:3c:02'", "15:7 ip/dhcp/bootp file='pxelinux.0'",
				"18:3 ip address='10.9.0.1' prefix='24'", "19:3 ip address='fd00:8::1' family='ipv6' prefix='64'"),
				reported(site));
		assertEquals("not imported: ip/dhcp/host ip='10.8.0.10' mac='52:54:00:6b:3c:01' name='db' (Berth writes a DHCP host "
				+ "entry for each VM interface with a fixed ip: give it on the VM's interface)",
				message(site, "ip/dhcp/host ip='10.8.0.10' mac='52:54:00:6b:3c:01' name='db'"));
	}

	@Test
	void aForwardModeBerthHasNotIsReportedAndTheNetworkKeptWithTheDefaultMode() throws Exception {
		ImportedSite site = of("<network>\n  <name>macvtap</name>\n  <forward mode='bridge'>\n    <interface dev='eth0'/>\n"
				+ "  </forward>\n</network>\n");
		assertEquals("network macvtap {\n}\n", text(site));
		assertEquals(List.of("3:3 forward mode='bridge'"), reported(site));
		assertEquals("not imported: forward mode='bridge' (Berth's modes are nat, route (routed), bridge on a named host "
				+ "bridge and no forward (isolated); the network is declared with Berth's default mode nat)",
				message(site, "forward mode='bridge'"));
	}

	@Test
	void aNameThatIsNotABerthNameIsRenamedAndReported() throws Exception {
		ImportedSite site = of("<network>\n  <name>lab.net</name>\n</network>\n");
		assertEquals("network lab_net {\n    mode isolated\n}\n", text(site));
		assertEquals(List.of("2:3 renamed"), reported(site));
	}
}
