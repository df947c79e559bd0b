package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Each quick fix, applied as an editor applies it, makes its diagnostic go away. */
class QuickFixTest extends LanguageServerTestBase {

	private static final String HOST = """
			deployment acme.infra

			host node1 {
			    cpu 16 cores
			    memory 64 GiB
			    hypervisor kvm
			    runtime docker
			}
			""";

	/** Applies the fix for the code found in the file at {@code index}, reopens the changed files, returns all texts. */
	private List<String> fix(String code, int index, String... texts) {
		List<String> uris = workspace(texts);
		Diagnostic diagnostic = diagnostics(uris.get(index)).stream()
				.filter(d -> code.equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + diagnostics(uris.get(index))));
		List<Either<Command, CodeAction>> actions = await(languageServer.codeAction(new CodeActionParams(
				document(uris.get(index)), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))));
		CodeAction action = actions.stream().filter(Either::isRight).map(Either::getRight).findFirst()
				.orElseThrow(() -> new AssertionError("no quick fix for " + code));
		List<String> fixed = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			String text = WorkspaceEdits.apply(action.getEdit(), uris.get(i), texts[i]);
			fixed.add(text);
			if (!text.equals(texts[i])) {
				open(uris.get(i), text);
			}
		}
		assertFalse(codes(uris.get(index)).contains(code), () -> code + " is still there:\n" + fixed);
		return fixed;
	}

	@Test
	void addTheMissingRuntimeToAMachineInAnotherFile() {
		List<String> fixed = fix("placement.no-runtime", 1, HOST.replace("    runtime docker\n", ""),
				"deployment acme.shop\nimport acme.infra.*\ncontainer web on node1 { image \"a:1\" memory 1 GiB user \"1\" }\n");
		assertTrue(fixed.get(0).contains("runtime docker"), fixed.get(0));
	}

	@Test
	void addTheMissingHypervisor() {
		List<String> fixed = fix("placement.no-hypervisor", 0, HOST.replace("    hypervisor kvm\n", "")
				+ "vm db on node1 { vcpu 1 memory 1 GiB }\n");
		assertTrue(fixed.get(0).contains("hypervisor kvm"), fixed.get(0));
	}

	private static final String SMALL = HOST.replace("cpu 16 cores", "cpu 2 cores").replace("memory 64 GiB", "memory 8 GiB")
			+ "vm db on node1 { vcpu 4 memory 8 GiB }\n";

	@Test
	void raiseMemoryToWhatIsNeeded() {
		assertTrue(fix("capacity.memory", 0, SMALL).get(0).contains("memory 9 GiB"));
	}

	@Test
	void raiseCpuToWhatIsNeeded() {
		assertTrue(fix("capacity.cpu", 0, SMALL).get(0).contains("cpu 4"));
	}

	@Test
	void moveAPlaintextSecretIntoASecret() {
		String text = fix("security.plaintext-secret", 0, HOST + """
				container db on node1 {
				    image "postgres:16.4"
				    memory 1 GiB
				    user "999"
				    env DB_PASSWORD = "hunter2"
				}
				""").get(0);
		assertTrue(text.contains("secret db_password from env \"DB_PASSWORD\""), text);
		assertTrue(text.contains("secret db_password\n") || text.contains("secret db_password }"), text);
		assertFalse(text.contains("hunter2"), text);
	}

	@Test
	void moveAPlaintextSecretWithTwoEditsInTheFilesOwnIndentation() {
		String before = """
				deployment acme.infra

				host node1 { cpu 16 cores memory 64 GiB runtime docker }

				// the database
				/* kept in one place */
				container db on node1 {
				  image "postgres:16.4" // pinned
				  memory 1 GiB
				  user "999"
				  env DB_PASSWORD = "hunter2" // rotate me
				}
				""";
		String expected = before.replace("// the database", "secret db_password from env \"DB_PASSWORD\"\n\n// the database")
				.replace("env DB_PASSWORD = \"hunter2\"", "secret db_password");
		Assertions.assertEquals(expected, fix("security.plaintext-secret", 0, before).get(0));
	}

	@Test
	void keepWindowsLineBreaks() {
		String before = HOST.replace("\n", "\r\n") + "\r\n// db\r\ncontainer db on node1 {\r\n\timage \"postgres:16.4\"\r\n"
				+ "\tmemory 1 GiB\r\n\tuser \"999\"\r\n\tenv DB_PASSWORD = \"hunter2\"\r\n}\r\n";
		String expected = before.replace("// db", "secret db_password from env \"DB_PASSWORD\"\r\n\r\n// db")
				.replace("env DB_PASSWORD = \"hunter2\"", "secret db_password");
		Assertions.assertEquals(expected, fix("security.plaintext-secret", 0, before).get(0));
	}

	@Test
	void qualifyTheSecretWhenItsSimpleNameIsTaken() {
		String infra = HOST + "secret db_password from file \"db.txt\"\n";
		String shop = "deployment acme.shop\nimport acme.infra.*\n\ncontainer db on node1 {\n\timage \"postgres:16.4\"\n"
				+ "\tmemory 1 GiB\n\tuser \"999\"\n\tenv DB_PASSWORD = \"x\"\n}\n";
		String fixed = fix("security.plaintext-secret", 1, infra, shop).get(1);
		Assertions.assertEquals(shop.replace("\ncontainer", "\nsecret db_password from env \"DB_PASSWORD\"\n\ncontainer")
				.replace("env DB_PASSWORD = \"x\"", "secret acme.shop.db_password"), fixed);
	}

	@Test
	void addAPropertyWithTheFilesTabs() {
		String host = "deployment acme.infra\n\nhost node1 {\n\tcpu 16 cores // all of them\n\tmemory 64 GiB\n\thypervisor kvm\n}\n";
		String fixed = fix("placement.no-runtime", 0, host + "container web on node1 { image \"a:1\" memory 1 GiB user \"1\" }\n")
				.get(0);
		Assertions.assertTrue(fixed.startsWith(host.replace("kvm\n}", "kvm\n\truntime docker\n}")), fixed);
	}

	private static final String SPACED_SMALL = "deployment acme.infra\nhost node1 {\n  cpu 2 cores // small\n"
			+ "  memory 8 GiB\n  hypervisor kvm\n}\nvm db on node1 { vcpu 4 memory 8 GiB }\n";

	@Test
	void raiseMemoryInPlace() {
		Assertions.assertEquals(SPACED_SMALL.replace("memory 8 GiB\n  hyp", "memory 9 GiB\n  hyp"),
				fix("capacity.memory", 0, SPACED_SMALL).get(0));
	}

	@Test
	void raiseCpuInPlace() {
		Assertions.assertEquals(SPACED_SMALL.replace("cpu 2 cores", "cpu 4 cores"), fix("capacity.cpu", 0, SPACED_SMALL).get(0));
	}

	@Test
	void addAUserOnALineOfItsOwn() {
		String text = HOST + "container web on node1 {\n  image \"nginx:1.27.2\"\n  memory 1 GiB\n}\n";
		Assertions.assertEquals(text.replace("GiB\n}", "GiB\n  user \"1000\"\n}"), fix("security.root-user", 0, text).get(0));
	}

	private static final String UNPINNED = HOST + "container web on node1 { image \"nginx\" memory 1 GiB }\n";

	@Test
	void pinAnImage() {
		assertTrue(fix("image.latest", 0, UNPINNED).get(0).contains("image \"nginx:TAG\""));
	}

	@Test
	void addAUser() {
		assertTrue(fix("security.root-user", 0, UNPINNED).get(0).contains("user \"1000\""));
	}

	@Test
	void publishAPortBehindABalancerOnLoopbackOnly() {
		String text = fix("security.port-all-interfaces", 0, HOST + """
				container web on node1 {
				    image "nginx:1.27.2"
				    memory 1 GiB
				    user "101"
				    replicas 2
				    port 8080-8081 -> 80 // published for the balancer
				}
				balancer lb on node1 { listen 8000 targets web }
				""").get(0);
		assertTrue(text.contains("    port 8080-8081 -> 80 listen \"127.0.0.1\" // published for the balancer\n"), text);
	}

	@Test
	void replaceAListenOnAllAddresses() {
		String text = fix("security.port-all-interfaces", 0, HOST + """
				container web on node1 { image "nginx:1.27.2" memory 1 GiB user "101" replicas 2
				    port 8080-8081 -> 80 listen "0.0.0.0" }
				balancer lb on node1 { listen 8000 targets web }
				""").get(0);
		assertTrue(text.contains("    port 8080-8081 -> 80 listen \"127.0.0.1\" }\n"), text);
	}
}
