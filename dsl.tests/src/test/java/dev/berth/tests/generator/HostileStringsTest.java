package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.generator.GeneratedFile;
import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.Generated;
import dev.berth.tests.support.Processes;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
		assertEquals(MODEL.resolve("data dir/with: colon").toString(), interpolated(volume.get("source")));
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
	void shellCommandsReceiveEachValueAsOneWordIntact() throws Exception {
		CliRun run = CliRun.of("generate", "-o", out.resolve("site").toString(), MODEL.toString());
		assertEquals(0, run.status(), run.err());
		Path fakes = fakeCommands("ssh", "scp", "virsh", "mkdir", "qemu-img");
		Path log = Files.createDirectories(out.resolve("log"));
		Processes.Result result = Processes.run(out.resolve("site"), Map.of("PATH", fakes + ":" + System.getenv("PATH"),
				"FAKE_LOG", log.toString(), "LIBVIRT_DEFAULT_URI", "test:///default"),
				List.of("bash", "libvirt/h1/define.sh"));
		assertEquals(0, result.status(), result.output());
		List<List<String>> calls = calls(log);
		assertTrue(calls.contains(List.of("mkdir", "-p", STORAGE + "/v")), calls::toString);
		assertTrue(calls.contains(List.of("scp", MODEL.resolve("images/dir with: colon/it's & <disk>.qcow2").toString(),
				"10.9.9.9:" + STORAGE + "/v/root.qcow2")), calls::toString);
		assertTrue(calls.contains(List.of("virsh", "-c", "test:///default", "define", "v.xml")), calls::toString);
	}

	private Path write(String path) throws IOException {
		Path target = out.resolve(path);
		Files.createDirectories(target.getParent());
		Files.writeString(target, files.get(path).content());
		return target;
	}

	/** Programs that log their name and arguments; the fake ssh runs its remote command locally. */
	private Path fakeCommands(String... names) throws IOException {
		Path folder = Files.createDirectories(out.resolve("fakes"));
		for (String name : names) {
			String body = "#!/bin/bash\nprintf '%s\\0' \"$(basename \"$0\")\" \"$@\" > \"$FAKE_LOG/$(date +%s%N)-$$\"\n"
					+ (name.equals("ssh") ? "bash -c \"$2\"\n" : "");
			Path fake = folder.resolve(name);
			Files.writeString(fake, body);
			Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		return folder;
	}

	private static List<List<String>> calls(Path log) throws IOException {
		List<List<String>> calls = new ArrayList<>();
		try (Stream<Path> entries = Files.list(log)) {
			for (Path entry : entries.sorted().toList()) {
				String text = Files.readString(entry, StandardCharsets.UTF_8);
				calls.add(Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1)));
			}
		}
		return calls;
	}
}
