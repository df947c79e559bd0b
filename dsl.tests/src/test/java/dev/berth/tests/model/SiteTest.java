package dev.berth.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.Inject;
import dev.berth.berth.Container;
import dev.berth.berth.Deployment;
import dev.berth.berth.Host;
import dev.berth.model.Site;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.io.IOException;
import java.util.List;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The site spans every file, indexes workloads by machine, and is rebuilt only when a file changes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class SiteTest {

	@Inject
	private ModelFixture fixture;

	@Test
	void theSiteSpansFilesInOrderAndIndexesByMachine() {
		List<Deployment> files = fixture.parseAll("""
				deployment a
				host h { hypervisor kvm runtime docker }
				""", """
				deployment b
				import a.*
				vm v on h { }
				container c on h, v { replicas 3 }
				balancer lb on h { }
				""");
		Site site = Site.of(files.get(0).eResource().getResourceSet());
		assertEquals(List.of("h", "v", "c", "lb"), site.elements().stream().map(e -> e.getName()).toList());
		Host h = (Host) site.elements().get(0);
		assertEquals(List.of("v"), site.vmsOn(h).stream().map(vm -> vm.getName()).toList());
		assertEquals(2, site.containersOn(h).get(0).placement().instances());
		assertEquals("lb", site.balancersOn(h).get(0).getName());
		assertEquals(0, site.order(h));
		assertEquals(List.of("c"), site.all(Container.class).stream().map(Container::getName).toList());
	}

	@Test
	void theSiteIsKeptUntilAFileChanges() throws IOException {
		List<Deployment> files = fixture.parseAll("deployment a\nhost h { }\n", "deployment b\nhost g { }\n");
		ResourceSet resources = files.get(0).eResource().getResourceSet();
		Site first = Site.of(resources);
		assertSame(first, Site.of(resources));
		((XtextResource) files.get(1).eResource()).reparse("deployment b\nhost g { }\nhost k { }\n");
		Site changed = Site.of(resources);
		assertNotSame(first, changed);
		assertEquals(List.of("h", "g", "k"), changed.elements().stream().map(e -> e.getName()).toList());
	}
}
