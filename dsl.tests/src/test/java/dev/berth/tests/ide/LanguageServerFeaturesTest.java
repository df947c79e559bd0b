package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Every editor feature of the language server, exercised through the server's own protocol methods. */
class LanguageServerFeaturesTest extends LanguageServerTestBase {

	static final String INFRA = """
			deployment acme.infra

			host node1 {
			    cpu 16 cores
			    memory 64 GiB
			    hypervisor kvm
			    runtime docker
			}

			network front {
			    subnet "10.0.1.0/24"
			}
			""";

	static final String SHOP = """
			deployment acme.shop

			import acme.infra.*

			vm db on node1 {
			    vcpu 4
			    memory 8 GiB
			    network front ip "10.0.1.10"
			}

			container web on node1 {
			    image "nginx:1.27.2"
			    memory 256 MiB
			    user "101"
			    depends on db
			}
			""";

	private List<String> labels(String uri, String text, int line, int column) {
		open(uri, text);
		var result = await(languageServer.completion(new CompletionParams(document(uri), at(line, column))));
		return result.getRight().getItems().stream().map(CompletionItem::getLabel).toList();
	}

	@Test
	void diagnosticsCarryTheContractsCodes() {
		List<String> uris = workspace(INFRA, SHOP);
		Assertions.assertEquals(List.of(), codes(uris.get(1)));
		String broken = writeFile("broken.berth", "deployment acme.broken\nvm v on nowhere { }\n");
		open(broken, "deployment acme.broken\nvm v on nowhere { }\n");
		Assertions.assertEquals(List.of("reference.unresolved"), codes(broken));
		Assertions.assertEquals(1, diagnostics(broken).get(0).getRange().getStart().getLine());
	}

	@Test
	void completionOffersKeywordsEnumsUnitsAndReferencesInScope() {
		List<String> uris = workspace(INFRA, SHOP);
		String uri = uris.get(0).replace("file1", "scratch");
		assertTrue(labels(uri, "deployment acme.t\nhost h {\n    \n}\n", 2, 4).containsAll(List.of("cpu", "memory",
				"hypervisor", "runtime", "overcommit", "}")));
		assertTrue(labels(uri, "deployment acme.t\nhost h { hypervisor  }\n", 1, 20).containsAll(List.of("kvm", "xen",
				"esxi", "hyperv", "qemu")));
		assertTrue(labels(uri, "deployment acme.t\nhost h { memory 4  }\n", 1, 18).containsAll(List.of("KiB", "MiB",
				"GiB", "TiB", "KB", "GB")));
		assertTrue(labels(uri, "deployment acme.t\nimport acme.infra.*\nvm x on  { }\n", 2, 8).contains("node1"));
	}

	@Test
	void hoverExplainsKeywordsAndShowsAMachinesUtilisation() {
		List<String> uris = workspace(INFRA, SHOP);
		Hover onReference = await(languageServer.hover(new HoverParams(document(uris.get(1)), at(4, 10))));
		String text = onReference.getContents().getRight().getValue();
		assertTrue(text.startsWith("**host node1**"), text);
		assertTrue(text.contains("memory 8.5 GiB of 64.0 GiB (55.5 GiB free) · cpu 4 of 16 (12 free)"), text);
		Hover onKeyword = await(languageServer.hover(new HoverParams(document(uris.get(1)), at(6, 6))));
		assertTrue(onKeyword.getContents().getRight().getValue().startsWith("**memory**: memory in KiB"));
	}

	@Test
	void completionAndHoverKnowEveryContainerProperty() {
		List<String> uris = workspace(INFRA, SHOP);
		String uri = uris.get(0).replace("file1", "scratch");
		List<String> words = List.of("image", "build", "dockerfile", "build-target", "build-arg", "env", "env-file",
				"command", "entrypoint", "workdir", "hostname", "healthcheck", "cap", "read-only", "tmpfs", "label",
				"sandbox", "restart", "depends");
		assertTrue(labels(uri, "deployment acme.t\nimport acme.infra.*\ncontainer c on node1 {\n    \n}\n", 3, 4)
				.containsAll(words));
		String text = """
				deployment acme.t
				import acme.infra.*
				container c on node1 {
				    image "a:1" build "./c" dockerfile "D" build-target "t" build-arg V = "1" env-file "e.env"
				    command ["x"] entrypoint ["y"] workdir "/w" hostname "h" cap add CHOWN read-only tmpfs "/t"
				    label k = "v" sandbox gvisor restart no env A from env "B" port 80 -> 80 listen "127.0.0.1"
				    healthcheck "true" every 1 s timeout 1 s retries 1 start 1 s
				    depends on c2 healthy
				}
				container c2 on node1 { image "a:1" }
				""";
		assertEveryWordHasAHover(uri, text, Stream.concat(words.stream(), Stream.of("every", "timeout", "retries",
				"start", "healthy", "listen")).toList());
	}

	/** Opens the text and hovers over the first occurrence of each word, which must be explained. */
	private void assertEveryWordHasAHover(String uri, String text, List<String> words) {
		open(uri, text);
		List<String> lines = text.lines().toList();
		for (String word : words) {
			int line = 0;
			while (!(" " + lines.get(line) + " ").contains(" " + word + " ")) {
				line++;
			}
			int column = (" " + lines.get(line) + " ").indexOf(" " + word + " ");
			Hover hover = await(languageServer.hover(new HoverParams(document(uri), at(line, column + 1))));
			assertTrue(hover != null && hover.getContents().getRight().getValue().startsWith("**" + word + "**: "),
					word + ": " + hover);
		}
	}

	@Test
	void hoverKnowsEveryVmAndNetworkPropertyOfReleaseTwo() {
		List<String> uris = workspace(INFRA, SHOP);
		String uri = uris.get(0).replace("file1", "scratch-vm");
		String text = """
				deployment acme.t
				import acme.infra.*
				network lan { subnet "10.9.0.0/24" mode bridge bridge "br0" dns "10.9.0.1" }
				vm v on node1 {
				    cpu-model host-passthrough disk root 1 GiB bus sata cdrom "/i.iso" network lan ip "10.9.0.5" mac "52:54:00:00:00:01"
				    ssh-key "k" user-data "u.yaml"
				}
				vm w on node1 { cpu-model host-model disk root 1 GiB bus virtio disk d 1 GiB bus scsi }
				""";
		assertEveryWordHasAHover(uri, text, List.of("cpu-model", "host-passthrough", "host-model", "bus", "sata", "virtio",
				"scsi", "cdrom", "mac", "ssh-key", "user-data", "bridge", "dns"));
	}

	@Test
	void definitionAndReferencesCrossFiles() {
		List<String> uris = workspace(INFRA, SHOP);
		List<? extends Location> definition = await(languageServer.definition(new DefinitionParams(document(uris.get(1)),
				at(4, 10)))).getLeft();
		Assertions.assertEquals(uris.get(0), definition.get(0).getUri());
		Assertions.assertEquals(2, definition.get(0).getRange().getStart().getLine());
		List<? extends Location> references = await(languageServer.references(new ReferenceParams(document(uris.get(0)),
				at(2, 6), new ReferenceContext(false))));
		Assertions.assertEquals(List.of(4, 10), references.stream().filter(l -> l.getUri().equals(uris.get(1)))
				.map(l -> l.getRange().getStart().getLine()).sorted().toList());
	}

	@Test
	void renameEditsEveryFile() {
		List<String> uris = workspace(INFRA, SHOP);
		WorkspaceEdit edit = await(languageServer.rename(new RenameParams(document(uris.get(0)), at(2, 6), "worker1")));
		String infra = WorkspaceEdits.apply(edit, uris.get(0), INFRA);
		String shop = WorkspaceEdits.apply(edit, uris.get(1), SHOP);
		assertTrue(infra.contains("host worker1 {"), infra);
		assertTrue(shop.contains("vm db on worker1 {") && shop.contains("container web on worker1 {"), shop);
	}

	@Test
	void documentAndWorkspaceSymbols() {
		List<String> uris = workspace(INFRA, SHOP);
		var symbols = await(languageServer.documentSymbol(new DocumentSymbolParams(document(uris.get(1)))));
		String names = symbols.toString();
		assertTrue(names.contains("db") && names.contains("web"), names);
		var found = await(languageServer.symbol(new WorkspaceSymbolParams("web")));
		assertTrue(found.toString().contains("acme.shop.web"), found.toString());
	}

	@Test
	void formattingGivesTheCanonicalLayout() {
		List<String> uris = workspace(INFRA, SHOP);
		String messy = "deployment acme.infra host node1 {cpu 16 cores memory 64 GiB}\n";
		open(uris.get(0), messy);
		FormattingOptions options = new FormattingOptions(4, true);
		List<? extends TextEdit> edits = await(languageServer.formatting(new DocumentFormattingParams(document(uris.get(0)),
				options)));
		String formatted = WorkspaceEdits.apply(edits, messy);
		Assertions.assertEquals("deployment acme.infra\n\nhost node1 {\n    cpu 16 cores\n    memory 64 GiB\n}\n", formatted);
	}

	@Test
	void blocksFold() {
		List<String> uris = workspace(INFRA, SHOP);
		List<FoldingRange> ranges = await(languageServer.foldingRange(new FoldingRangeRequestParams(document(uris.get(1)))));
		assertTrue(ranges.stream().anyMatch(r -> r.getStartLine() == 4 && r.getEndLine() >= 7), ranges.toString());
		assertTrue(ranges.stream().anyMatch(r -> r.getStartLine() == 10 && r.getEndLine() >= 14), ranges.toString());
	}

	@Test
	void aCodeLensShowsEachMachinesUtilisation() {
		List<String> uris = workspace(INFRA, SHOP);
		List<? extends CodeLens> lenses = await(languageServer.codeLens(new CodeLensParams(document(uris.get(0)))));
		Assertions.assertEquals(1, lenses.size());
		Assertions.assertEquals(2, lenses.get(0).getRange().getStart().getLine());
		Assertions.assertEquals("memory 8.5 GiB of 64.0 GiB (55.5 GiB free) · cpu 4 of 16 (12 free)",
				lenses.get(0).getCommand().getTitle());
	}

	@Test
	void semanticTokensMarkNamesAndReferences() {
		List<String> uris = workspace(INFRA, SHOP);
		var tokens = await(languageServer.semanticTokensFull(new SemanticTokensParams(document(uris.get(1)))));
		List<Integer> data = tokens.getData();
		Assertions.assertTrue(data.size() >= 5 * 5, data.toString());
		List<List<Integer>> positions = new ArrayList<>();
		int line = 0;
		int column = 0;
		for (int i = 0; i < data.size(); i += 5) {
			column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
			line += data.get(i);
			positions.add(List.of(line, column, data.get(i + 2)));
		}
		Assertions.assertTrue(positions.contains(List.of(0, 11, 4)), "acme of acme.shop: " + positions);
		Assertions.assertTrue(positions.contains(List.of(4, 3, 2)), "the declared name db: " + positions);
		Assertions.assertTrue(positions.contains(List.of(4, 9, 5)), "the reference node1: " + positions);
	}
}
