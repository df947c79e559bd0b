package dev.berth.tests.importer;

import dev.berth.importer.compose.ComposeImporter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service of {@code docker-compose config} output reduced to the keys {@link ComposeImporter} carries,
 * each in one canonical form, so that the short and long syntaxes of Compose compare equal: ports as
 * {@code ADDRESS:PUBLISHED:TARGET/PROTOCOL}, mounts as {@code SOURCE:TARGET:MODE}, durations in
 * microseconds, sizes in bytes, absent keys as Compose's defaults (restart {@code no}, health check
 * timings 30s, 30s, 3 retries, 0s), and an exec-form health check as its shell form (the test's
 * arguments joined by spaces: the test files use none that the shell would read differently).
 */
final class CarriedKeys {

	private static final Pattern PORT = Pattern.compile("(?:(.*):)?(\\d*):(\\d+)(?:/(\\w+))?|(\\d+)(?:/(\\w+))?");
	private static final Pattern DURATION = Pattern.compile("(\\d+)(us|ms|s|m|h)");

	private CarriedKeys() {
	}

	/** The carried keys of a service, its paths given back as the Compose file they stand for names them. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> of(Map<String, Object> service, UnaryOperator<String> paths) {
		Map<String, Object> keys = new TreeMap<>();
		for (String key : List.of("image", "command", "entrypoint", "user", "working_dir", "hostname", "runtime",
				"environment")) {
			keys.put(key, service.get(key));
		}
		keys.put("restart", service.getOrDefault("restart", "no"));
		keys.put("read_only", service.getOrDefault("read_only", false));
		keys.put("privileged", service.getOrDefault("privileged", false));
		keys.put("cap_add", set(service.get("cap_add")));
		keys.put("cap_drop", set(service.get("cap_drop")));
		keys.put("expose", set(list(service.get("expose")).stream().map(String::valueOf).toList()));
		keys.put("ports", set(list(service.get("ports")).stream().map(CarriedKeys::port).toList()));
		keys.put("secrets", set(list(service.get("secrets")).stream()
				.map(s -> s instanceof Map<?, ?> m ? m.get("source") : s).toList()));
		Object networks = service.get("networks");
		keys.put("networks", networks == null ? Set.of("default") : set(networks instanceof Map<?, ?> m ? m.keySet() : networks));
		Map<String, Object> labels = new TreeMap<>((Map<String, Object>) service.getOrDefault("labels", Map.of()));
		labels.keySet().removeIf(key -> key.startsWith("dev.berth."));
		keys.put("labels", labels);
		mounts(service, paths, keys);
		keys.put("build", build((Map<String, Object>) service.get("build"), paths));
		keys.put("healthcheck", health((Map<String, Object>) service.get("healthcheck")));
		Map<String, Object> dependsOn = new TreeMap<>();
		((Map<String, Object>) service.getOrDefault("depends_on", Map.of()))
				.forEach((name, how) -> dependsOn.put(name, ((Map<String, Object>) how).get("condition")));
		keys.put("depends_on", dependsOn);
		Map<String, Object> limits = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) service
				.getOrDefault("deploy", Map.of())).getOrDefault("resources", Map.of())).getOrDefault("limits", Map.of());
		keys.put("memory", bytes(limits.getOrDefault("memory", service.get("mem_limit"))));
		Object cpus = limits.getOrDefault("cpus", service.get("cpus"));
		keys.put("cpus", cpus == null ? null : new BigDecimal(cpus.toString()).stripTrailingZeros().toPlainString());
		return keys;
	}

	private static void mounts(Map<String, Object> service, UnaryOperator<String> paths, Map<String, Object> keys) {
		List<Object> tmpfs = new ArrayList<>(service.get("tmpfs") instanceof String one ? List.of(one) : list(service.get("tmpfs")));
		List<String> volumes = new ArrayList<>();
		for (Object volume : list(service.get("volumes"))) {
			if (volume instanceof Map<?, ?> mount && "tmpfs".equals(mount.get("type"))) {
				tmpfs.add(mount.get("target"));
			} else if (volume instanceof Map<?, ?> mount) {
				volumes.add(paths.apply((String) mount.get("source")) + ":" + mount.get("target") + ":"
						+ (Boolean.TRUE.equals(mount.get("read_only")) ? "ro" : "rw"));
			} else {
				String[] parts = ((String) volume).split(":");
				volumes.add(paths.apply(parts[0]) + ":" + parts[1] + ":" + (parts.length > 2 ? parts[2] : "rw"));
			}
		}
		keys.put("volumes", set(volumes));
		keys.put("tmpfs", set(tmpfs));
	}

	private static Map<String, Object> build(Map<String, Object> build, UnaryOperator<String> paths) {
		if (build == null) {
			return null;
		}
		Map<String, Object> carried = new TreeMap<>(build);
		carried.put("context", paths.apply((String) build.get("context")));
		return carried;
	}

	private static Map<String, Object> health(Map<String, Object> check) {
		if (check == null) {
			return null;
		}
		Object test = check.get("test");
		List<?> words = test instanceof List<?> list ? list : List.of("CMD-SHELL", test);
		Map<String, Object> carried = new LinkedHashMap<>();
		carried.put("test", words.get(0).equals("CMD") ? String.join(" ", words.subList(1, words.size()).stream()
				.map(String::valueOf).toList()) : words.get(1));
		carried.put("interval", micros(check.getOrDefault("interval", "30s")));
		carried.put("timeout", micros(check.getOrDefault("timeout", "30s")));
		carried.put("retries", Integer.valueOf(String.valueOf(check.getOrDefault("retries", 3))));
		carried.put("start_period", micros(check.getOrDefault("start_period", "0s")));
		return carried;
	}

	private static long micros(Object duration) {
		Matcher part = DURATION.matcher(String.valueOf(duration));
		long micros = 0;
		while (part.find()) {
			long unit = switch (part.group(2)) {
				case "h" -> 3_600_000_000L;
				case "m" -> 60_000_000L;
				case "s" -> 1_000_000L;
				case "ms" -> 1_000L;
				default -> 1L;
			};
			micros += Long.parseLong(part.group(1)) * unit;
		}
		return micros;
	}

	private static Long bytes(Object size) {
		if (size == null) {
			return null;
		}
		Matcher matcher = Pattern.compile("([\\d.]+)([kmgt]?)b?").matcher(String.valueOf(size).toLowerCase());
		if (!matcher.matches()) {
			throw new AssertionError("not a size: " + size);
		}
		return new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(1024).pow(" kmgt".indexOf(
				matcher.group(2).isEmpty() ? " " : matcher.group(2)))).longValueExact();
	}

	/** A port as {@code ADDRESS:PUBLISHED:TARGET/PROTOCOL}, from the short or the long syntax. */
	private static String port(Object port) {
		if (port instanceof Map<?, ?> map) {
			return ":" + (map.get("published") == null ? "" : map.get("published")) + ":" + map.get("target") + "/"
					+ (map.get("protocol") == null ? "tcp" : map.get("protocol"));
		}
		Matcher matcher = PORT.matcher(String.valueOf(port));
		if (!matcher.matches()) {
			throw new AssertionError("not a port: " + port);
		}
		if (matcher.group(5) != null) {
			return "::" + matcher.group(5) + "/" + (matcher.group(6) == null ? "tcp" : matcher.group(6));
		}
		String address = matcher.group(1) == null || matcher.group(1).equals("0.0.0.0") ? "" : matcher.group(1);
		return address + ":" + matcher.group(2) + ":" + matcher.group(3) + "/" + (matcher.group(4) == null ? "tcp" : matcher.group(4));
	}

	private static List<Object> list(Object value) {
		return value == null ? List.of() : new ArrayList<>((Collection<?>) value);
	}

	private static TreeSet<String> set(Object values) {
		TreeSet<String> set = new TreeSet<>();
		if (values instanceof Collection<?> collection) {
			collection.forEach(value -> set.add(String.valueOf(value)));
		}
		return set;
	}
}
