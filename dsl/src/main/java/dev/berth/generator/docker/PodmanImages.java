package dev.berth.generator.docker;

import dev.berth.berth.Machine;
import dev.berth.model.Machines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The images a machine's Podman builds from the copied contexts, and the tag each container runs. */
public final class PodmanImages {

	private PodmanImages() {
	}

	/** The image a service runs: its image, else the tag its build gets ({@code localhost/berth-MACHINE-SERVICE}). */
	static String tag(Machine machine, String service, Map<String, Object> compose) {
		Object image = compose.get("image");
		return image != null ? PodmanParams.unescape((String) image)
				: "localhost/berth-" + Machines.name(machine) + "-" + service + ":latest";
	}

	/** One {@code podman build} argv per image to build, with {@code kind}, {@code name} (the tag) and {@code build}. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> of(Machine machine, Map<String, Object> composeDocument, String root) {
		Map<String, Map<String, Object>> images = new LinkedHashMap<>();
		Map<String, Object> services = (Map<String, Object>) composeDocument.get("services");
		services.forEach((name, value) -> {
			Map<String, Object> service = (Map<String, Object>) value;
			if (service.get("build") instanceof Map<?, ?> build) {
				String tag = tag(machine, name, service);
				images.computeIfAbsent(tag, t -> item(t, (Map<String, Object>) build, root));
			}
		});
		return List.copyOf(images.values());
	}

	private static Map<String, Object> item(String tag, Map<String, Object> build, String root) {
		String context = PodmanParams.onMachine(root, PodmanParams.unescape((String) build.get("context")));
		List<String> argv = new ArrayList<>(List.of("podman", "build", "--tag", tag));
		if (build.get("dockerfile") != null) {
			argv.addAll(List.of("--file", context + "/" + PodmanParams.unescape((String) build.get("dockerfile"))));
		}
		if (build.get("target") != null) {
			argv.addAll(List.of("--target", PodmanParams.unescape((String) build.get("target"))));
		}
		if (build.get("args") instanceof Map<?, ?> args) {
			args.forEach((key, value) -> argv.addAll(List.of("--build-arg", key + "=" + PodmanParams.unescape((String) value))));
		}
		argv.add(context);
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("kind", "image");
		item.put("name", tag);
		item.put("build", argv);
		return item;
	}
}
