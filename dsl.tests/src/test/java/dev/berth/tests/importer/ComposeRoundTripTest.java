package dev.berth.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.berth.Machine;
import dev.berth.generator.DeployLayout;
import dev.berth.importer.Identifiers;
import dev.berth.importer.ImportedSite;
import dev.berth.importer.compose.ComposeImporter;
import dev.berth.model.Site;
import dev.berth.tests.support.CliRun;
import dev.berth.tests.support.ComposeRun;
import dev.berth.tests.support.Generated;
import dev.berth.tests.support.Project;
import dev.berth.tests.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Import, validate, generate: the Compose file Berth generates from an imported model is, after
 * {@code docker-compose config} of both, equal to the original on every carried key (see {@link CarriedKeys}).
 * The differences allowed are those the contract names and those Berth makes by design:
 * a service with {@code deploy.replicas} above 1 is {@code NAME-1..n} (a dependency on it waits for each, and
 * the i-th instance publishes the i-th port of a host range);
 * a name that is not a Berth name is renamed; an exec-form health check is its shell form;
 * Berth's {@code dev.berth.*} labels, its {@code NAME_FILE=/run/secrets/NAME} variable per secret, its
 * network aliases, and a host name equal to the service name where the original sets none;
 * files beside the model are named where the deployment copies them (compared as the files they copy).
 * The model is formatted, as {@code berth import} writes it, before it is validated and generated. What
 * docker-compose 1.29 refuses ({@code host_ip} in the long port syntax, a secret from the environment) is
 * covered by the unit tests of the importer only.
 */
class ComposeRoundTripTest {

	private static final Pattern HOST_RANGE = Pattern.compile("(.*):(\\d+)-\\d+:(.*)");

	@TempDir
	Path dir;

	@Test
	void realisticAppComesBackEqual() throws Exception {
		ImportedSite site = roundTrip("app");
		assertEquals(List.of("15:13 services.web.healthcheck.test changed"), ComposeImport.reported(site));
	}

	@Test
	void everySyntaxVariantComesBackEqual() throws Exception {
		ImportedSite site = roundTrip("variants");
		assertEquals(List.of("134:3 renamed", "2:1 version", "3:1 x-common", "11:5 services.ports.container_name",
				"48:9 services.env-list.environment.PASSTHROUGH changed", "73:13 services.health-exec.healthcheck.test changed"), ComposeImport.reported(site));
	}

	private ImportedSite roundTrip(String example) throws Exception {
		Path compose = Tools.require("docker-compose", "docker-compose");
		Path source = dir.resolve(example);
		copy(Project.path("dsl.tests/src/test/resources/importer/compose/" + example), source);
		ImportedSite site = new ImportedSite("local", source);
		new ComposeImporter().read(source.resolve("compose.yaml"), site);
		Path model = source.resolve("imported.berth");
		Files.writeString(model, ComposeImport.model(site));
		CliRun format = CliRun.of("format", model.toString());
		assertEquals(0, format.status(), format.out() + format.err());
		CliRun validate = CliRun.of("validate", model.toString());
		assertEquals(0, validate.status(), Files.readString(model) + validate.out() + validate.err());
		Path out = dir.resolve("out");
		CliRun generate = CliRun.of("generate", "--target", "docker", "-o", out.toString(), model.toString());
		assertEquals(0, generate.status(), generate.out() + generate.err());
		Path generated = out.resolve("docker/local/compose.yaml");
		ComposeRun.stage(model, out);
		Map<String, String> environment = ComposeRun.environment(generated);
		Map<String, Object> original = config(compose, source.resolve("compose.yaml"), environment);
		Map<String, Object> again = config(compose, generated, environment);
		UnaryOperator<String> paths = copies(model, out);
		compareServices(section(original, "services"), section(again, "services"), paths);
		compareDeclarations(original, again, paths);
		return site;
	}

	@SuppressWarnings("unchecked")
	private static void compareServices(Map<String, Object> original, Map<String, Object> again, UnaryOperator<String> paths) {
		Map<String, List<String>> instances = new LinkedHashMap<>();
		original.forEach((name, service) -> instances.put(name, instances(name, (Map<String, Object>) service)));
		for (Map.Entry<String, Object> entry : original.entrySet()) {
			Map<String, Object> expected = CarriedKeys.of((Map<String, Object>) entry.getValue(), UnaryOperator.identity());
			Map<String, Object> dependsOn = new HashMap<>();
			((Map<String, Object>) expected.get("depends_on")).forEach((target, condition) ->
					instances.get(target).forEach(instance -> dependsOn.put(instance, condition)));
			expected.put("depends_on", new TreeMap<>(dependsOn));
			List<String> names = instances.get(entry.getKey());
			Object ports = expected.get("ports");
			for (String instance : names) {
				expected.put("ports", instancePorts((TreeSet<String>) ports, names.size() > 1 ? names.indexOf(instance) : 0));
				Map<String, Object> service = (Map<String, Object>) again.get(instance);
				assertNotNull(service, "no service " + instance + " in " + again.keySet());
				Map<String, Object> actual = CarriedKeys.of(service, paths);
				withoutSecretVariables(actual);
				expected.putIfAbsent("hostname", instance);
				assertEquals(expected, actual, instance);
			}
		}
		assertEquals(new TreeSet<>(instances.values().stream().flatMap(List::stream).toList()), new TreeSet<>(again.keySet()));
	}

	/** The ports of the i-th instance of a service: the i-th port of each host range. */
	private static TreeSet<String> instancePorts(TreeSet<String> ports, int instance) {
		TreeSet<String> own = new TreeSet<>();
		for (String port : ports) {
			Matcher range = HOST_RANGE.matcher(port);
			own.add(range.matches() ? range.group(1) + ":" + (Integer.parseInt(range.group(2)) + instance) + ":" + range.group(3)
					: port);
		}
		return own;
	}

	/** The services a Compose service becomes: its Berth name, or NAME-1..n with replicas. */
	@SuppressWarnings("unchecked")
	private static List<String> instances(String name, Map<String, Object> service) {
		String berthName = Identifiers.valid(name);
		Object replicas = ((Map<String, Object>) service.getOrDefault("deploy", Map.of())).getOrDefault("replicas", 1);
		int count = Integer.parseInt(replicas.toString());
		List<String> instances = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			instances.add(count == 1 ? berthName : berthName + "-" + i);
		}
		return instances;
	}

	/** Removes the variable Berth adds for each secret, which names its file. */
	@SuppressWarnings("unchecked")
	private static void withoutSecretVariables(Map<String, Object> keys) {
		Map<String, Object> environment = (Map<String, Object>) keys.get("environment");
		if (environment != null) {
			environment = new LinkedHashMap<>(environment);
			for (String secret : (TreeSet<String>) keys.get("secrets")) {
				environment.remove(secret.toUpperCase().replace('-', '_') + "_FILE", "/run/secrets/" + secret);
			}
			keys.put("environment", environment.isEmpty() ? null : environment);
		}
	}

	/** The files the deployment copies, from where the generated Compose file names them back to their sources. */
	private static UnaryOperator<String> copies(Path model, Path out) {
		Site site = Generated.site(model);
		Map<String, String> sources = new HashMap<>();
		site.elements().stream().filter(Machine.class::isInstance).map(Machine.class::cast).forEach(machine ->
				DeployLayout.copies(site, machine).forEach(copy ->
						sources.put(out.resolve(copy.target()).normalize().toString(), copy.source().toString())));
		return path -> sources.getOrDefault(path, path);
	}

	/** The secrets' files, and the subnet and gateway of each network the original declares. */
	@SuppressWarnings("unchecked")
	private static void compareDeclarations(Map<String, Object> original, Map<String, Object> again, UnaryOperator<String> paths) {
		section(original, "secrets").forEach((name, secret) -> assertEquals(((Map<String, Object>) secret).get("file"),
				paths.apply((String) ((Map<String, Object>) section(again, "secrets").get(name)).get("file")), name));
		section(original, "networks").forEach((name, network) -> assertEquals(ipam(network),
				ipam(section(again, "networks").get(name)), name));
	}

	@SuppressWarnings("unchecked")
	private static Object ipam(Object network) {
		Map<String, Object> ipam = network == null ? Map.of() : (Map<String, Object>) ((Map<String, Object>) network)
				.getOrDefault("ipam", Map.of());
		return ipam.get("config");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> section(Map<String, Object> document, String key) {
		Object section = document.get(key);
		return section == null ? Map.of() : (Map<String, Object>) section;
	}

	/** What {@code docker-compose config} makes of a file: its standard output as YAML, the file's folder as project. */
	private static Map<String, Object> config(Path compose, Path file, Map<String, String> environment)
			throws IOException, InterruptedException {
		Path output = Files.createTempFile("compose-config", ".yaml");
		try {
			ProcessBuilder builder = new ProcessBuilder(compose.toString(), "-f", file.toString(), "config")
					.directory(file.getParent().toFile()).redirectOutput(output.toFile())
					.redirectError(ProcessBuilder.Redirect.DISCARD);
			builder.environment().putAll(environment);
			Process process = builder.start();
			assertTrue(process.waitFor(2, TimeUnit.MINUTES), "docker-compose config timed out on " + file);
			assertEquals(0, process.exitValue(), file + ":\n" + Files.readString(file));
			return new Yaml().load(Files.readString(output));
		} finally {
			Files.deleteIfExists(output);
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path path : walk.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}
}
