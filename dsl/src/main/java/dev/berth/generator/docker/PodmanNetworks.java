package dev.berth.generator.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The networks and named volumes of a machine's Compose document as {@code podman ... create} argv, labels included. */
public final class PodmanNetworks {

	private PodmanNetworks() {
	}

	/** One item per network, named {@code PROJECT_NETWORK} as Compose names it, with {@code kind}, {@code name} and {@code create}. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> networks(Map<String, Object> composeDocument, String project) {
		List<Map<String, Object>> items = new ArrayList<>();
		Map<String, Object> networks = (Map<String, Object>) composeDocument.getOrDefault("networks", Map.of());
		networks.forEach((name, value) -> {
			Map<String, Object> network = (Map<String, Object>) value;
			List<String> argv = new ArrayList<>(List.of("podman", "network", "create"));
			labels(argv, network);
			option(argv, "--driver", network.get("driver"));
			if (network.get("driver_opts") instanceof Map<?, ?> options) {
				options.forEach((key, option) -> argv.addAll(List.of("--opt", key + "=" + option)));
			}
			if (network.get("ipam") instanceof Map<?, ?> ipam) {
				Map<?, ?> pool = (Map<?, ?>) ((List<?>) ipam.get("config")).get(0);
				option(argv, "--subnet", pool.get("subnet"));
				option(argv, "--gateway", pool.get("gateway"));
				option(argv, "--ip-range", pool.get("ip_range"));
			}
			argv.add(project + "_" + name);
			items.add(item("network", project + "_" + name, argv));
		});
		return items;
	}

	/** One item per named volume, with {@code kind}, {@code name} and {@code create}. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> volumes(Map<String, Object> composeDocument) {
		List<Map<String, Object>> items = new ArrayList<>();
		Map<String, Object> volumes = (Map<String, Object>) composeDocument.getOrDefault("volumes", Map.of());
		volumes.forEach((name, value) -> {
			List<String> argv = new ArrayList<>(List.of("podman", "volume", "create"));
			labels(argv, (Map<String, Object>) value);
			String volume = PodmanParams.unescape(name);
			argv.add(volume);
			items.add(item("volume", volume, argv));
		});
		return items;
	}

	private static void labels(List<String> argv, Map<String, Object> declared) {
		((Map<?, ?>) declared.getOrDefault("labels", Map.of()))
				.forEach((key, value) -> argv.addAll(List.of("--label", key + "=" + value)));
	}

	private static void option(List<String> argv, String option, Object value) {
		if (value != null) {
			argv.addAll(List.of(option, value.toString()));
		}
	}

	private static Map<String, Object> item(String kind, String name, List<String> argv) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("kind", kind);
		item.put("name", name);
		item.put("create", argv);
		return item;
	}
}
