package dev.berth.tests.ide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The outline shows each declaration with a kind of its own and its main figures as detail. */
class DocumentSymbolTest extends LanguageServerTestBase {

	private static final String SITE = """
			deployment acme.shop

			host node1 {
			    cpu 16 cores
			    memory 64 GiB
			    hypervisor kvm
			    runtime docker
			}

			network front { subnet "10.0.1.0/24" mode bridge bridge "br0" }

			secret db_password from env "DB_PASSWORD"

			vm db on node1 { vcpu 4 memory 8 GiB network front }

			container web on node1 { image "nginx:1.27.2" memory 256 MiB replicas 2 }

			balancer lb on node1 { listen 8000 targets web:80 }

			profile kvm { overhead 256 MiB }
			""";

	@Test
	void eachDeclarationHasAFittingKindAndItsFiguresAsDetail() {
		var result = await(languageServer.documentSymbol(new DocumentSymbolParams(document(workspace(SITE).get(0)))));
		DocumentSymbol deployment = result.get(0).getRight();
		Assertions.assertEquals(SymbolKind.Namespace, deployment.getKind());
		Map<String, String> outline = new LinkedHashMap<>();
		for (DocumentSymbol symbol : deployment.getChildren()) {
			outline.put(symbol.getName(), symbol.getKind() + " " + symbol.getDetail());
		}
		Assertions.assertEquals(Map.of(
				"node1", "Class host · 16 cores, 64 GiB, kvm, docker",
				"front", "Interface network · 10.0.1.0/24, bridge",
				"db_password", "Key secret · from env DB_PASSWORD",
				"db", "Object vm on node1 · 4 vcpu, 8 GiB",
				"web", "Package container on node1 · nginx:1.27.2, 256 MiB, 2 replicas",
				"lb", "Function balancer on node1 · listen 8000, web:80",
				"kvm", "Struct profile · overhead 256 MiB"), outline);
	}

	@Test
	void workspaceSymbolsHaveTheSameKinds() {
		workspace(SITE);
		var found = await(languageServer.symbol(new WorkspaceSymbolParams("web")));
		List<SymbolKind> kinds = found.isLeft() ? found.getLeft().stream().map(s -> s.getKind()).toList()
				: found.getRight().stream().map(s -> s.getKind()).toList();
		Assertions.assertEquals(List.of(SymbolKind.Package), kinds);
	}
}
