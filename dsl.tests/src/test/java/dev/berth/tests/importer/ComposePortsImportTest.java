package dev.berth.tests.importer;

import static dev.berth.tests.importer.ComposeImport.of;
import static dev.berth.tests.importer.ComposeImport.reported;
import static dev.berth.tests.importer.ComposeImport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.importer.ImportedSite;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ports and expose in the short and long syntaxes of Compose. */
class ComposePortsImportTest {

	@TempDir
	Path dir;

	@Test
	void shortSyntaxCarriesHostPortAddressRangeAndProtocol() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  web:
				    image: nginx:1.27
				    ports:
				      - "8080:80"
				      - 9090
				      - "127.0.0.1:8443:443"
				      - "[::1]:5353:53/udp"
				      - "0.0.0.0:7000-7001:7000-7001/tcp"
				      - "8000-8001:80"
				      - "6000:6000/sctp"
				""");
		assertEquals("""
				container web on local {
				    image "nginx:1.27"
				    port 8080 -> 80
				    port 9090
				    port 8443 -> 443 listen "127.0.0.1"
				    port 5353 -> 53 udp listen "::1"
				    port 7000 -> 7000
				    port 7001 -> 7001
				    restart no
				}
				""", text(site));
		assertEquals(List.of("10:9 services.web.ports 8000-8001:80", "11:9 services.web.ports 6000:6000/sctp"), reported(site));
		ComposeImport.assertValid(dir, site);
	}

	@Test
	void hostRangeForOneContainerPortNeedsAsManyReplicas() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  web:
				    image: nginx:1.27
				    deploy: { replicas: 2 }
				    ports:
				      - "8000-8001:80"
				      - target: 443
				        published: 8443-8445
				""");
		assertEquals("""
				container web on local {
				    image "nginx:1.27"
				    replicas 2
				    port 8000-8001 -> 80
				    restart no
				}
				""", text(site));
		assertEquals(List.of("7:9 services.web.ports 8443-8445:443"), reported(site));
		ComposeImport.assertValid(dir, site);
	}

	@Test
	void longSyntaxCarriesTargetPublishedProtocolAndHostAddress() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  dns:
				    image: coredns/coredns:1.11.1
				    ports:
				      - target: 53
				        published: "1053"
				        protocol: udp
				        host_ip: 127.0.0.1
				        mode: host
				      - target: 9153
				        mode: ingress
				        name: metrics
				    expose:
				      - "8080"
				      - 9000-9001
				      - 53/udp
				""");
		assertEquals("""
				container dns on local {
				    image "coredns/coredns:1.11.1"
				    port 1053 -> 53 udp listen "127.0.0.1"
				    port 9153
				    expose 8080
				    expose 9000
				    expose 9001
				    restart no
				}
				""", text(site));
		assertEquals(List.of("11:15 services.dns.ports.mode", "12:9 services.dns.ports.name", "16:9 services.dns.expose 53/udp"),
				reported(site));
		ComposeImport.assertValid(dir, site);
	}
}
