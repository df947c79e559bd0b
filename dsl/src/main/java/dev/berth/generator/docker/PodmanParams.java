package dev.berth.generator.docker;

import dev.berth.model.SandboxRuntimes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code podman_container} parameters of one Compose service, with Compose's {@code $$} escapes undone. */
final class PodmanParams {

	private PodmanParams() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> of(String name, Map<String, Object> service, String project, String root,
			Map<String, Object> secrets, String image) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("kind", "container");
		params.put("name", name);
		params.put("image", image);
		copy(service, "command", params, "command");
		if (service.get("entrypoint") instanceof List<?> words) {
			params.put("entrypoint", json((List<String>) words));
		} else {
			copy(service, "entrypoint", params, "entrypoint");
		}
		copy(service, "working_dir", params, "workdir");
		copy(service, "hostname", params, "hostname");
		copy(service, "user", params, "user");
		copy(service, "privileged", params, "privileged");
		copy(service, "cap_add", params, "cap_add");
		copy(service, "cap_drop", params, "cap_drop");
		copy(service, "read_only", params, "read_only");
		copy(service, "restart", params, "restart_policy");
		if (service.get("deploy") instanceof Map<?, ?> deploy && deploy.get("resources") instanceof Map<?, ?> resources
				&& resources.get("limits") instanceof Map<?, ?> limits) {
			copy((Map<String, Object>) limits, "cpus", params, "cpus");
			copy((Map<String, Object>) limits, "memory", params, "memory");
		}
		ports(service, params);
		copy(service, "expose", params, "expose");
		if (service.get("env_file") instanceof List<?> files) {
			params.put("env_file", onMachine(root, (String) files.get(0)));
		}
		Map<String, Object> env = new LinkedHashMap<>();
		if (service.get("environment") instanceof Map<?, ?> environment) {
			environment.forEach((key, value) -> env.put((String) key, unescape((String) value)));
		}
		params.put("env", env);
		volumes(service, params, root, secrets);
		if (service.get("tmpfs") instanceof List<?> paths) {
			Map<String, Object> tmpfs = new LinkedHashMap<>();
			paths.forEach(path -> tmpfs.put(unescape((String) path), "rw"));
			params.put("tmpfs", tmpfs);
		}
		networks(service, project, params);
		healthcheck(service, params);
		if (service.get("sysctls") instanceof Map<?, ?> sysctls) {
			Map<String, Object> sysctl = new LinkedHashMap<>();
			sysctls.forEach((key, value) -> sysctl.put((String) key, String.valueOf(value)));
			params.put("sysctl", sysctl);
		}
		if (service.get("runtime") instanceof String runtime) {
			params.put("cmd_args", List.of("--runtime", SandboxRuntimes.podman(runtime)));
		}
		Map<String, Object> labels = new LinkedHashMap<>();
		((Map<String, Object>) service.get("labels")).forEach((key, value) -> labels.put(unescape(key), unescape((String) value)));
		params.put("label", labels);
		return params;
	}

	private static void ports(Map<String, Object> service, Map<String, Object> params) {
		if (!(service.get("ports") instanceof List<?> ports)) {
			return;
		}
		List<String> publish = new ArrayList<>();
		for (Object port : ports) {
			if (port instanceof Map<?, ?> mapping) {
				Object published = mapping.get("published");
				publish.add((published == null ? "" : published + ":") + mapping.get("target") + "/" + mapping.get("protocol"));
			} else {
				publish.add((String) port);
			}
		}
		params.put("publish", publish);
	}

	private static void volumes(Map<String, Object> service, Map<String, Object> params, String root, Map<String, Object> secrets) {
		List<String> volumes = new ArrayList<>();
		if (service.get("volumes") instanceof List<?> mounts) {
			for (Object mount : mounts) {
				Map<?, ?> volume = (Map<?, ?>) mount;
				String source = unescape((String) volume.get("source"));
				String from = "bind".equals(volume.get("type")) ? onMachine(root, source) : source;
				volumes.add(from + ":" + unescape((String) volume.get("target"))
						+ (Boolean.TRUE.equals(volume.get("read_only")) ? ":ro" : ""));
			}
		}
		if (service.get("secrets") instanceof List<?> names) {
			for (Object name : names) {
				String file = unescape((String) ((Map<?, ?>) secrets.get(name)).get("file"));
				volumes.add(onMachine(root, file) + ":/run/secrets/" + name + ":ro");
			}
		}
		if (!volumes.isEmpty()) {
			params.put("volume", volumes);
		}
	}

	/** The networks as Podman names them ({@code PROJECT_NETWORK}, Compose's default one included) and the aliases of numbered instances. */
	private static void networks(Map<String, Object> service, String project, Map<String, Object> params) {
		Object networks = service.get("networks");
		List<String> names = new ArrayList<>();
		List<String> aliases = new ArrayList<>();
		if (networks instanceof List<?> list) {
			list.forEach(network -> names.add((String) network));
		} else if (networks instanceof Map<?, ?> map) {
			map.forEach((network, options) -> {
				names.add((String) network);
				((List<?>) ((Map<?, ?>) options).get("aliases")).forEach(alias -> {
					if (!aliases.contains(alias)) {
						aliases.add((String) alias);
					}
				});
			});
		}
		if (names.isEmpty()) {
			names.add("default");
		}
		params.put("network", names.stream().map(network -> project + "_" + network).toList());
		if (!aliases.isEmpty()) {
			params.put("network_aliases", aliases);
		}
	}

	private static void healthcheck(Map<String, Object> service, Map<String, Object> params) {
		if (service.get("healthcheck") instanceof Map<?, ?> check) {
			params.put("healthcheck", unescape((String) ((List<?>) check.get("test")).get(1)));
			params.put("healthcheck_interval", check.get("interval"));
			params.put("healthcheck_timeout", check.get("timeout"));
			params.put("healthcheck_retries", check.get("retries"));
			params.put("healthcheck_start_period", check.get("start_period"));
		}
	}

	@SuppressWarnings("unchecked")
	private static void copy(Map<String, Object> service, String key, Map<String, Object> params, String param) {
		Object value = service.get(key);
		if (value instanceof String text) {
			params.put(param, unescape(text));
		} else if (value instanceof List<?> list) {
			params.put(param, ((List<Object>) list).stream().map(v -> v instanceof String s ? unescape(s) : v).toList());
		} else if (value != null) {
			params.put(param, value);
		}
	}

	/** A path of the Compose file on the machine: {@code ./X} under the machine's copy folder, an absolute one as it is. */
	static String onMachine(String root, String path) {
		return path.startsWith("./") ? root + path.substring(1) : path;
	}

	/** The text before Compose's interpolation escaped it. */
	static String unescape(String text) {
		return text.replace("$$", "$");
	}

	/** A list of words as the JSON array Podman reads as an exec-form entrypoint. */
	private static String json(List<String> words) {
		StringBuilder json = new StringBuilder("[");
		for (String word : words) {
			json.append(json.length() > 1 ? ", " : "").append('"');
			for (char c : unescape(word).toCharArray()) {
				json.append(c == '"' || c == '\\' ? "\\" + c : c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
			json.append('"');
		}
		return json.append(']').toString();
	}
}
