package dev.berth.tests.model;

import static dev.berth.tests.support.ModelFixture.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Inject;
import dev.berth.berth.Deployment;
import dev.berth.berth.Host;
import dev.berth.generator.libvirt.LibvirtFacts;
import dev.berth.model.HostNames;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An address as the host of a URI: IPv6 literals in brackets, in every connection URI berth writes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class UriHostTest {

	@Inject
	private ModelFixture fixture;

	@Test
	void onlyIpv6LiteralsAreBracketed() {
		assertEquals("[2001:db8::1]", HostNames.uriHost("2001:db8::1"));
		assertEquals("[::1]", HostNames.uriHost("::1"));
		assertEquals("192.0.2.1", HostNames.uriHost("192.0.2.1"));
		assertEquals("esx1.example.com", HostNames.uriHost("esx1.example.com"));
		assertEquals("[2001:db8::1]:8443", HostNames.withPort("2001:db8::1", 8443));
	}

	@Test
	void connectionUrisBracketIpv6Addresses() {
		Deployment site = fixture.parse("""
				deployment d
				host esx { os esxi hypervisor esxi address "2001:db8::1" }
				host hv { os windows hypervisor hyperv address "2001:db8::2" }
				host kvm { hypervisor kvm address "2001:db8::3" }
				host xen { hypervisor xen address "2001:db8::4" }
				host named { hypervisor kvm address "kvm1.example.com" }
				""");
		assertEquals("esx://[2001:db8::1]", LibvirtFacts.uri(element(site, "esx", Host.class)));
		assertEquals("hyperv://[2001:db8::2]", LibvirtFacts.uri(element(site, "hv", Host.class)));
		assertEquals("qemu:///system", LibvirtFacts.uri(element(site, "kvm", Host.class)));
		assertEquals("xen:///system", LibvirtFacts.uri(element(site, "xen", Host.class)));
		assertEquals("qemu:///system",
				LibvirtFacts.uri(element(site, "named", Host.class)));
	}
}
