package dev.berth.tests.ide;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Completion offers each machine once, and only the machines that can take the workload being written. */
class CompletionTest extends LanguageServerTestBase {

	private static final String INFRA = """
			deployment acme.infra

			host node1 { cpu 16 cores memory 64 GiB hypervisor kvm runtime docker }
			host bare { cpu 4 cores memory 8 GiB hypervisor kvm }
			host engine { cpu 4 cores memory 8 GiB runtime podman }
			host win { os windows cpu 4 cores memory 8 GiB runtime docker }
			vm nested on node1 { vcpu 2 memory 2 GiB hypervisor kvm }
			vm plain on node1 { vcpu 2 memory 2 GiB }
			vm app on node1 { vcpu 2 memory 2 GiB runtime docker }
			""";

	private String scratch;

	@BeforeEach
	void openTheSite() {
		scratch = workspace(INFRA).get(0).replace("file1", "scratch");
	}

	/** The sorted labels offered where {@code |} stands in the text. */
	private List<String> offered(String text) {
		int offset = text.indexOf('|');
		String before = text.substring(0, offset);
		open(scratch, before + text.substring(offset + 1));
		int line = (int) before.chars().filter(c -> c == '\n').count();
		int column = offset - before.lastIndexOf('\n') - 1;
		var result = await(languageServer.completion(new CompletionParams(document(scratch), at(line, column))));
		return result.getRight().getItems().stream().map(CompletionItem::getLabel).sorted().toList();
	}

	@Test
	void aContainerIsOfferedMachinesWithARuntimeOfItsKernelOnceBySimpleName() {
		Assertions.assertEquals(List.of("app", "engine", "node1"),
				offered("deployment acme.shop\nimport acme.infra.*\ncontainer c on | { image \"a:1\" }\n"));
	}

	@Test
	void aWindowsContainerIsOfferedWindowsMachines() {
		Assertions.assertEquals(List.of("win"),
				offered("deployment acme.shop\nimport acme.infra.*\ncontainer c on | { os windows image \"a:1\" }\n"));
	}

	@Test
	void aVmIsOfferedHostsWithAHypervisorAndVmsThatNest() {
		Assertions.assertEquals(List.of("bare", "nested", "node1"), offered("deployment acme.shop\nimport acme.infra.*\nvm v on | { }\n"));
	}

	@Test
	void aBalancerAnHaproxyLinuxContainerIsOfferedLinuxMachinesWithARuntime() {
		Assertions.assertEquals(List.of("app", "engine", "node1"),
				offered("deployment acme.shop\nimport acme.infra.*\nbalancer b on | { }\n"));
	}

	@Test
	void withoutAnImportMachinesAreOfferedOnceByQualifiedName() {
		Assertions.assertEquals(List.of("acme.infra.app", "acme.infra.engine", "acme.infra.node1"),
				offered("deployment acme.shop\ncontainer c on | { image \"a:1\" }\n"));
	}

	@Test
	void inTheMachinesOwnDeploymentTheSimpleNameIsEnough() {
		Assertions.assertEquals(List.of("bare", "nested", "node1"), offered("deployment acme.infra\nvm v on | { }\n"));
	}
}
