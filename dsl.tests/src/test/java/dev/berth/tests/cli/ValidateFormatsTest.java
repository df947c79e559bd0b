package dev.berth.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.berth.tests.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --format text|json|sarif} on one model with an error and a warning, and full messages. */
class ValidateFormatsTest {

	@TempDir
	Path dir;

	private Path model;

	@BeforeEach
	void writeModel() throws IOException {
		model = dir.resolve("site.berth");
		Files.writeString(model, """
				deployment d
				host node1 { cpu 2 cores memory 4 GiB os linux runtime docker hypervisor kvm }
				host win1 { cpu 8 cores memory 16 GiB os windows runtime docker }
				vm db on node1 { vcpu 2 memory 4 GiB }
				container web on node1 { image "nginx:1.27.2" replicas 2 cpu 0.5 memory 256 MiB user "101"
				    port 8080 -> 80 }
				container iis on win1 { image "iis:1" user "ContainerUser" memory 1 GiB }
				""");
	}

	@Test
	void textLinesCarryTheFullMessages() {
		CliRun run = CliRun.of("validate", model.toString());
		assertEquals(1, run.status());
		assertEquals(List.of(
				model + ":2:6: error: host node1 needs 3 cpus but offers 2 (overcommit 1.0): vm db 2 cpu, container web "
						+ "2 x 0.5 cpu; raise cpu, add overcommit, or move a workload [capacity.cpu]",
				model + ":2:6: error: host node1 needs 4.8 GiB of memory but offers 4.0 GiB (overcommit 1.0): vm db 4.0 GiB, "
						+ "container web 2 x 256 MiB, overhead 264.2 MiB; raise memory, add overcommit, or move a workload "
						+ "[capacity.memory]",
				model + ":6:10: error: host port 8080/tcp on host node1 is already published by container web (replica "
						+ "web-1); give each of its 2 replicas on the machine its own port with a range [port.conflict]",
				model + ":7:18: error: container iis is a linux container but host win1 runs a windows kernel; containers "
						+ "share their machine's kernel, so place iis on a linux machine or use a windows image "
						+ "[kernel.mismatch]"),
				run.outLines());
	}

	@Test
	void jsonIsOneArrayOfDiagnostics() {
		CliRun run = CliRun.of("validate", "--format", "json", model.toString());
		assertEquals(1, run.status());
		JsonArray array = JsonParser.parseString(run.out()).getAsJsonArray();
		assertEquals(4, array.size());
		JsonObject port = array.get(2).getAsJsonObject();
		assertEquals(model.toString(), port.get("path").getAsString());
		assertEquals(6, port.get("line").getAsInt());
		assertEquals(10, port.get("column").getAsInt());
		assertEquals(6, port.getAsJsonObject("end").get("line").getAsInt());
		assertEquals(14, port.getAsJsonObject("end").get("column").getAsInt());
		assertEquals("error", port.get("severity").getAsString());
		assertEquals("port.conflict", port.get("code").getAsString());
		assertEquals("8080", port.getAsJsonArray("data").get(0).getAsString());
	}

	@Test
	void sarifIsAValidLogForCodeReview() throws IOException {
		Files.writeString(model, Files.readString(model) + "container cache on node1 { image \"redis\" memory 1 MiB "
				+ "user \"1\" }\n");
		CliRun run = CliRun.of("validate", "--format", "sarif", model.toString());
		assertEquals(1, run.status());
		JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("2.1.0", log.get("version").getAsString());
		assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").getAsString());
		JsonObject sarifRun = log.getAsJsonArray("runs").get(0).getAsJsonObject();
		assertEquals("berth", sarifRun.getAsJsonObject("tool").getAsJsonObject("driver").get("name").getAsString());
		JsonArray results = sarifRun.getAsJsonArray("results");
		JsonObject warning = results.asList().stream().map(e -> e.getAsJsonObject())
				.filter(r -> r.get("ruleId").getAsString().equals("image.latest")).findFirst().orElseThrow();
		assertEquals("warning", warning.get("level").getAsString());
		JsonObject location = warning.getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonObject("physicalLocation");
		assertEquals(model.toUri().toString(), location.getAsJsonObject("artifactLocation").get("uri").getAsString());
		assertEquals(8, location.getAsJsonObject("region").get("startLine").getAsInt());
	}

	@Test
	void anUnknownFormatIsAUsageError() {
		assertEquals(2, CliRun.of("validate", "--format", "xml", model.toString()).status());
	}
}
