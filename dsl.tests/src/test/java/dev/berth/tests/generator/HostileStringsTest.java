package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.generator.GeneratedFile;
import dev.berth.tests.support.AnsibleData;
import dev.berth.tests.support.Generated;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

/** Hostile strings (quotes, {@code <}, {@code &}, newlines, {@code $}, colons, YAML indicators) arrive intact. */
class HostileStringsTest {

	private static final Path MODEL = Project.path("dsl.tests/src/test/resources/hostile");
	private static final String STORAGE = "/srv/my vms/it's \"here\" $HOME & <x>";
	private static final String ENV_A = "quote \" apos ' lt < amp & dollar $HOME ${X} $$ colon: hash # star * bang ! at @ "
			+ "tick ` brace { [ ]";

	@TempDir
	Path out;

	private final Map<String, GeneratedFile> files = Generated.of(MODEL);

	@SuppressWarnings("unchecked")
	private Map<String, Object> service() {
		Map<String, Object> compose = new Yaml().load(files.get("docker/h1/compose.yaml").content());
		return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("c");
	}

	/** What Compose's interpolation makes of a value: {@code $$} becomes {@code $}. */
	private static String interpolated(Object value) {
		return ((String) value).replace("$$", "$");
	}

	@Test
	@SuppressWarnings("unchecked")
	void composeValuesReadBackAsWritten() {
		Map<String, Object> service = service();
		Map<String, Object> environment = (Map<String, Object>) service.get("environment");
		assertEquals(ENV_A, interpolated(environment.get("A")));
		assertEquals("line one\nline two", environment.get("B"));
		assertEquals("- item", environment.get("C"));
		assertEquals("yes", environment.get("D"));
		assertEquals("null", environment.get("E"));
		assertEquals("~", environment.get("F"));
		assertEquals("0o17", environment.get("G"));
		assertEquals("=", environment.get("H"));
		assertEquals("sh -c 'echo \"$HOME\" > /tmp/x # not a comment'", interpolated(service.get("command")));
		Map<String, Object> volume = ((List<Map<String, Object>>) service.get("volumes")).get(0);
		assertEquals("./bind/c/1-with__colon", interpolated(volume.get("source")));
		assertEquals("/mnt/it's here", interpolated(volume.get("target")));
	}

	@Test
	void composeAcceptsTheFile() throws Exception {
		Path compose = Tools.require("docker-compose", "docker-compose");
		Path file = write("docker/h1/compose.yaml");
		Processes.Result result = Processes.run(file.getParent(), compose.toString(), "-f", file.toString(), "config");
		assertEquals(0, result.status(), result.output());
		assertTrue(result.output().contains("$$HOME $${X} $$$$"), result.output());
	}

	@Test
	void xmlValuesReadBackAsWritten() throws Exception {
		Document domain = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
				files.get("libvirt/h1/v.xml").content().getBytes(StandardCharsets.UTF_8)));
		assertEquals("console=ttyS0 quote=\" apos=' lt=< amp=& dollar=$x",
				domain.getElementsByTagName("cmdline").item(0).getTextContent());
		assertEquals(STORAGE + "/v/vm linuz", domain.getElementsByTagName("kernel").item(0).getTextContent());
		assertEquals(STORAGE + "/v/root.qcow2", ((org.w3c.dom.Element) domain.getElementsByTagName("source").item(0))
				.getAttribute("file"));
		Path validate = Tools.require("virt-xml-validate", "libvirt-clients and libxml2-utils");
		Processes.Result result = Processes.run(out, validate.toString(), write("libvirt/h1/v.xml").toString(), "domain");
		assertEquals(0, result.status(), result.output());
	}

	@Test
	void haproxyReceivesTheHealthPathEncoded() throws Exception {
		assertTrue(files.get("docker/h1/lb.haproxy.cfg").content()
				.contains("http-check send meth GET uri /health%20check?x=%221%22&y=%272%27 ver HTTP/1.1 hdr Host lb\n"));
		Path haproxy = Tools.require("haproxy", "haproxy");
		Processes.Result result = Processes.run(out, haproxy.toString(), "-c", "-f", write("docker/h1/lb.haproxy.cfg").toString());
		assertEquals(0, result.status(), result.output());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theDeploymentCopiesEachPathIntact() {
		Map<String, Object> vars = AnsibleData.load(files.get("ansible/host_vars/h1.yaml").content());
		List<Map<String, Object>> copies = (List<Map<String, Object>>) vars.get("berth_copies");
		assertTrue(copies.contains(Map.of("kind", "disk", "name", STORAGE + "/v/root.qcow2", "src",
				MODEL.resolve("images/dir with: colon/it's & <disk>.qcow2").toString(), "force", false, "mode", "0644",
				"data", false)), copies::toString);
		assertTrue(copies.stream().anyMatch(copy -> copy.get("src").equals(MODEL.resolve("data dir/with: colon") + "/")
				&& copy.get("name").equals("/var/lib/berth/h1/bind/c/1-with__colon/")), copies::toString);
	}

	private Path write(String path) throws IOException {
		Path target = out.resolve(path);
		Files.createDirectories(target.getParent());
		Files.writeString(target, files.get(path).content());
		return target;
	}
}
