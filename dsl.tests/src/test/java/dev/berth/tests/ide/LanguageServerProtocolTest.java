package dev.berth.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.berth.tests.support.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The server jar answers what real clients send: no root, their own versions, stale positions, bad frames. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageServerProtocolTest {

	private static final String MACHINES = "deployment core\nhost h { hypervisor kvm }\n";

	private static final String WORKLOADS = "deployment apps\nimport core.*\nvm v on h { memory 1 GiB }\n";

	@TempDir
	static Path folder;

	private RawLspClient client;

	private String machines;

	private String workloads;

	@BeforeAll
	void startWithoutRoot() throws Exception {
		Path jar = Project.path("dsl.ide/target/berth-language-server.jar");
		Files.writeString(folder.resolve("machines.berth"), MACHINES);
		Files.writeString(folder.resolve("workloads.berth"), WORKLOADS);
		machines = folder.resolve("machines.berth").toUri().toString();
		workloads = folder.resolve("workloads.berth").toUri().toString();
		client = new RawLspClient(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start());
		JsonObject init = client.request("initialize", json("{'processId':null,'rootUri':null,'capabilities':"
				+ "{'workspace':{'workspaceEdit':{'documentChanges':true}}}}"));
		assertTrue(init.has("result"), init.toString());
		client.notify("initialized", json("{}"));
		open(workloads, 7, WORKLOADS);
	}

	@AfterAll
	void stop() throws InterruptedException {
		client.close();
	}

	@Test
	void theOpenedFilesFolderIsTheWorkspaceAndDiagnosticsCarryTheClientsVersion() throws Exception {
		JsonObject published = client.await("textDocument/publishDiagnostics",
				p -> p.get("uri").getAsString().equals(workloads) && p.has("version"));
		assertEquals(7, published.get("version").getAsInt());
		JsonObject definition = result(position("textDocument/definition", workloads, 2, 8)).getAsJsonArray().get(0).getAsJsonObject();
		assertEquals(machines, definition.get("uri").getAsString());
		client.notify("textDocument/didChange", json("{'textDocument':{'uri':'" + workloads + "','version':42},"
				+ "'contentChanges':[{'range':{'start':{'line':2,'character':0},'end':{'line':2,'character':0}},'text':' '}]}"));
		client.await("textDocument/publishDiagnostics",
				p -> p.get("uri").getAsString().equals(workloads) && p.has("version") && p.get("version").getAsInt() == 42);
	}

	@Test
	void renameEditsCarryTheOpenDocumentsVersionAndNoneForClosedFiles() throws Exception {
		JsonObject rename = client.request("textDocument/rename", json("{'textDocument':{'uri':'" + machines
				+ "'},'position':{'line':1,'character':5},'newName':'k'}")).getAsJsonObject("result");
		Map<String, JsonElement> versions = new HashMap<>();
		rename.getAsJsonArray("documentChanges").forEach(change -> {
			JsonObject document = change.getAsJsonObject().getAsJsonObject("textDocument");
			versions.put(document.get("uri").getAsString(), document.get("version"));
		});
		assertTrue(versions.get(machines).isJsonNull(), versions.toString());
		assertTrue(Set.of(7, 42).contains(versions.get(workloads).getAsInt()), versions.toString());
	}

	@Test
	void positionsPastALineAreClampedAndPastTheDocumentAnswerEmpty() throws Exception {
		assertTrue(result(position("textDocument/hover", workloads, 1, 500)).isJsonObject());
		assertFalse(client.request("textDocument/completion", json("{'textDocument':{'uri':'" + workloads
				+ "'},'position':{'line':2,'character':500}}")).getAsJsonObject("result").getAsJsonArray("items").isEmpty());
		for (String method : new String[] { "textDocument/definition", "textDocument/references" }) {
			assertTrue(result(position(method, workloads, 2, 500)).getAsJsonArray().isEmpty());
			assertTrue(result(position(method, workloads, 99, 0)).getAsJsonArray().isEmpty());
		}
		assertTrue(result(position("textDocument/rename", workloads, 99, 0)).isJsonNull());
		JsonObject actions = client.request("textDocument/codeAction", json("{'textDocument':{'uri':'" + workloads
				+ "'},'range':{'start':{'line':50,'character':0},'end':{'line':60,'character':0}},'context':{'diagnostics':[]}}"));
		assertTrue(actions.getAsJsonArray("result").isEmpty(), actions.toString());
	}

	@Test
	void aLoneCarriageReturnEndsALine() throws Exception {
		String uri = folder.resolve("cr.berth").toUri().toString();
		open(uri, 1, "deployment cr\rhost c { hypervisor kvm }\rvm w on c { memory 1 GiB }\r");
		JsonObject definition = result(position("textDocument/definition", uri, 2, 8)).getAsJsonArray().get(0).getAsJsonObject();
		assertEquals(json("{'start':{'line':1,'character':5},'end':{'line':1,'character':6}}"), definition.get("range"));
	}

	@Test
	void documentsWithoutAModelOrWithoutAFileAnswerEmpty() throws Exception {
		String stray = folder.resolve("stray.berth").toUri().toString();
		open(stray, 1, "}");
		assertTrue(result(position("textDocument/definition", stray, 0, 0)).getAsJsonArray().isEmpty());
		assertTrue(result(position("textDocument/references", stray, 0, 0)).getAsJsonArray().isEmpty());
		String missing = folder.resolve("missing.berth").toUri().toString();
		assertTrue(result(position("textDocument/definition", missing, 0, 0)).getAsJsonArray().isEmpty());
		assertTrue(client.request("textDocument/documentSymbol", json("{'textDocument':{'uri':'" + missing + "'}}"))
				.getAsJsonArray("result").isEmpty());
		assertTrue(result(position("textDocument/rename", workloads, 0, 2)).isJsonNull());
	}

	@Test
	void formattingAnUnterminatedStringOrCommentAnswersNoEdits() throws Exception {
		String uri = folder.resolve("broken.berth").toUri().toString();
		open(uri, 1, "deployment b\nhost b { hypervisor kvm }\ncontainer c on b { image \"ngin");
		JsonElement format = json("{'textDocument':{'uri':'" + uri + "'},'options':{'tabSize':2,'insertSpaces':true}}");
		assertTrue(client.request("textDocument/formatting", format).getAsJsonArray("result").isEmpty());
		client.notify("textDocument/didChange", json("{'textDocument':{'uri':'" + uri + "','version':2},"
				+ "'contentChanges':[{'text':'deployment b\\n/* open'}]}"));
		assertTrue(client.request("textDocument/formatting", format).getAsJsonArray("result").isEmpty());
	}

	@Test
	void anUnknownMethodIsMethodNotFound() throws Exception {
		assertEquals(-32601, client.request("berth/nothing", json("{}")).getAsJsonObject("error").get("code").getAsInt());
	}

	@Test
	void framesWithABadContentLengthAreSkipped() throws Exception {
		String body = "{\"jsonrpc\":\"2.0\",\"id\":9000,\"method\":\"shutdown\"}";
		for (String header : new String[] { "Content-Length: -5", "Content-Length: abc", "Content-Type: x" }) {
			client.raw(header + "\r\n\r\n" + body);
			assertTrue(result(position("textDocument/hover", workloads, 2, 1)).isJsonObject());
		}
	}

	private void open(String uri, int version, String text) throws Exception {
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		document.addProperty("languageId", "berth");
		document.addProperty("version", version);
		document.addProperty("text", text);
		JsonObject params = new JsonObject();
		params.add("textDocument", document);
		client.notify("textDocument/didOpen", params);
	}

	private JsonObject position(String method, String uri, int line, int character) throws Exception {
		return client.request(method, json("{'textDocument':{'uri':'" + uri + "'},'position':{'line':" + line
				+ ",'character':" + character + "},'newName':'k','context':{'includeDeclaration':true}}"));
	}

	private static JsonElement result(JsonObject response) {
		assertTrue(response.has("result"), response.toString());
		return response.get("result");
	}

	private static JsonElement json(String text) {
		return JsonParser.parseString(text.replace('\'', '"'));
	}
}
