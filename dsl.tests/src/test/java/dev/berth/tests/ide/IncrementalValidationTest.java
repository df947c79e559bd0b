package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Scopes;
import com.google.inject.util.Modules;
import dev.berth.ide.build.BerthBuildModule;
import dev.berth.berth.Container;
import dev.berth.berth.Deployment;
import dev.berth.berth.Element;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * After an edit the server checks the edited file, and the others only when a name or a machine's load changed,
 * re-linking without parsing again only those whose links a name change or the edited file can alter.
 */
class IncrementalValidationTest extends LanguageServerTestBase {

	private static final String INFRA = """
			deployment acme.infra

			host node1 {
			    cpu 16 cores
			    memory 64 GiB
			    hypervisor kvm
			    runtime docker
			}
			""";

	private static final String SHOP = """
			deployment acme.shop

			import acme.infra.*

			container web on node1 {
			    image "nginx:1.27.2"
			    memory 256 MiB
			    user "101"
			}
			""";

	private final Map<String, Integer> published = new ConcurrentHashMap<>();

	@Inject
	private WorkspaceManager workspaceManager;

	@Override
	protected Module getServerModule() {
		return Modules.override(super.getServerModule()).with(new BerthBuildModule(),
				binder -> binder.bind(WorkspaceManager.class).in(Scopes.SINGLETON));
	}

	@Override
	public void notify(String method, Object parameter) {
		if (parameter instanceof PublishDiagnosticsParams params) {
			published.merge(params.getUri(), 1, Integer::sum);
		}
		super.notify(method, parameter);
	}

	@Test
	void anEditInsideAContainerBodyChecksOnlyItsOwnFile() {
		List<String> uris = workspace(INFRA, SHOP);
		edit(uris.get(1), SHOP, SHOP.replace("nginx:1.27.2", "nginx:1.27.3").replace("\"101\"", "\"102\""));
		Assertions.assertEquals(Map.of(uris.get(1), 1), published);
	}

	@Test
	void renamingAMachineChecksTheFilesThatUseItWithoutParsingThem() {
		List<String> uris = workspace(INFRA, SHOP);
		EObject shop = root(uris.get(1));
		edit(uris.get(0), INFRA, INFRA.replace("node1", "node2"));
		Assertions.assertEquals(Map.of(uris.get(0), 1, uris.get(1), 1), published);
		Assertions.assertEquals(List.of("reference.unresolved"), codes(uris.get(1)));
		assertSame(shop, root(uris.get(1)));
	}

	@Test
	void changingAMachinesLoadChecksTheOtherFiles() {
		List<String> uris = workspace(INFRA, SHOP);
		edit(uris.get(1), SHOP, SHOP.replace("256 MiB", "80 GiB"));
		Assertions.assertEquals(Map.of(uris.get(0), 1, uris.get(1), 1), published);
		Assertions.assertEquals(List.of("capacity.memory"), codes(uris.get(0)));
	}

	@Test
	void aLoadChangeKeepsTheLinksOfFilesThatDoNotPointIntoTheEditedFile() {
		List<String> uris = workspace(INFRA, SHOP, SHOP.replace("acme.shop", "acme.ops").replace("web", "cache"));
		Object token = cached(uris.get(2));
		edit(uris.get(1), SHOP, SHOP.replace("256 MiB", "80 GiB"));
		Assertions.assertEquals(Map.of(uris.get(0), 1, uris.get(1), 1, uris.get(2), 1), published);
		Assertions.assertEquals(List.of("capacity.memory"), codes(uris.get(0)));
		assertSame(token, cached(uris.get(2)));
	}

	@Test
	void reorderingTheEditedFileLinksAgainTheFilesThatPointIntoIt() {
		String second = INFRA.substring(INFRA.indexOf("host")).replace("node1", "node2");
		String infra = INFRA + "\n" + second;
		List<String> uris = workspace(infra, SHOP);
		edit(uris.get(0), infra, INFRA.substring(0, INFRA.indexOf("host")) + second + "\n" + INFRA.substring(INFRA.indexOf("host")));
		Assertions.assertEquals(Map.of(uris.get(0), 1, uris.get(1), 1), published);
		Assertions.assertEquals("node1", ((Element) machineOfFirstWorkload(uris.get(1))).getName());
	}

	/** A value in the file's cache, which linking the file again empties. */
	private Object cached(String uri) {
		return workspaceManager.doRead(URI.createURI(uri),
				(document, resource) -> resource.getCache().get(IncrementalValidationTest.class, resource, Object::new));
	}

	private EObject machineOfFirstWorkload(String uri) {
		return workspaceManager.doRead(URI.createURI(uri), (document, resource) -> {
			Container container = (Container) ((Deployment) resource.getContents().get(0)).getElements().get(0);
			return (EObject) ((InternalEList<?>) container.getMachines()).basicGet(0);
		});
	}

	private void edit(String uri, String before, String after) {
		open(uri, before);
		published.clear();
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(after))));
	}

	private EObject root(String uri) {
		return workspaceManager.doRead(URI.createURI(uri), (document, resource) -> resource.getContents().get(0));
	}
}
