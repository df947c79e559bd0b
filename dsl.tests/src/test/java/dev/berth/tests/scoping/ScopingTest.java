package dev.berth.tests.scoping;

import static dev.berth.tests.support.ModelFixture.element;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.Inject;
import dev.berth.berth.Container;
import dev.berth.berth.Deployment;
import dev.berth.berth.Host;
import dev.berth.berth.Vm;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Names resolve within a deployment, through imports, and across files; the rest is {@code reference.unresolved}. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class ScopingTest {

	private static final String INFRA = """
			deployment acme.infra
			host node1 { hypervisor kvm runtime docker }
			host node2 { hypervisor kvm runtime docker }
			network front { subnet "10.0.1.0/24" }
			""";

	@Inject
	private ModelFixture fixture;

	@Test
	void aWildcardImportBringsEveryNameOfAnotherFile() {
		List<Deployment> files = fixture.parseAll(INFRA, """
				deployment acme.shop
				import acme.infra.*
				vm db on node1 { network front }
				container web on node1, node2 { image "nginx:1.27.2" depends on db }
				""");
		Deployment shop = files.get(1);
		assertEquals(List.of(), fixture.errors(shop));
		Vm db = element(shop, "db", Vm.class);
		assertSame(element(files.get(0), "node1", Host.class), db.getMachine());
		assertSame(db, element(shop, "web", Container.class).getDependsOn().get(0).getTarget());
	}

	@Test
	void aQualifiedNameResolvesWithoutImport() {
		List<Deployment> files = fixture.parseAll(INFRA, """
				deployment acme.shop
				vm db on acme.infra.node1 { network acme.infra.front }
				""");
		assertEquals(List.of(), fixture.errors(files.get(1)));
	}

	@Test
	void aSingleImportBringsOnlyThatName() {
		List<Deployment> files = fixture.parseAll(INFRA, """
				deployment acme.shop
				import acme.infra.node1
				vm db on node1 { }
				vm cache on node2 { }
				""");
		List<Issue> issues = fixture.issues(files.get(1));
		assertEquals(1, issues.size(), issues::toString);
		Issue issue = issues.get(0);
		assertEquals("reference.unresolved", issue.getCode());
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(4, issue.getLineNumber());
		assertEquals(13, issue.getColumn());
		assertArrayEquals(new String[] { "node2" }, issue.getData());
		assertEquals("no machine (a host, or a vm) named 'node2' is in scope; check the spelling, or import the "
				+ "deployment that declares it", issue.getMessage());
	}

	@Test
	void withoutImportNamesOfAnotherDeploymentDoNotResolve() {
		List<Deployment> files = fixture.parseAll(INFRA, """
				deployment acme.shop
				vm db on node1 { }
				""");
		assertEquals(List.of("reference.unresolved"), fixture.issues(files.get(1)).stream().map(Issue::getCode).toList());
	}

	@Test
	void filesOfTheSameDeploymentShareOneNamespace() {
		List<Deployment> files = fixture.parseAll(INFRA, """
				deployment acme.infra
				vm db on node2 { network front }
				""");
		assertEquals(List.of(), fixture.errors(files.get(1)));
	}

	@Test
	void aReferenceFindsOnlyElementsOfTheRightKind() {
		Deployment deployment = fixture.parse("""
				deployment d
				network front { subnet "10.0.1.0/24" }
				secret s from env "S"
				vm db on front { network s }
				""");
		List<Issue> issues = fixture.issues(deployment);
		assertEquals(List.of("reference.unresolved", "reference.unresolved"), issues.stream().map(Issue::getCode).toList());
		assertEquals("no network named 's' is in scope; check the spelling, or import the deployment that declares it",
				issues.get(1).getMessage());
	}
}
