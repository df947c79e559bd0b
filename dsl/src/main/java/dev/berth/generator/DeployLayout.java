package dev.berth.generator;

import dev.berth.berth.Container;
import dev.berth.berth.Machine;
import dev.berth.model.Machines;
import dev.berth.model.ModelPaths;
import dev.berth.model.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the deployment puts the files beside the model that a machine's containers read: under
 * {@code /var/lib/berth/MACHINE/}, laid out as in OUT, so a Compose file names them relative to
 * its own folder ({@code docker/MACHINE/build/CONTAINER/}, {@code docker/MACHINE/env/CONTAINER/FILE}).
 */
public final class DeployLayout {

	/** The folder of a machine's own copies on the machine itself. */
	public static final String MACHINE_ROOT = "/var/lib/berth/";

	/** A file or folder beside the model, and where it lands, relative to OUT and to the machine's root. */
	public record Copy(Path source, String target) {
	}

	private DeployLayout() {
	}

	/** The folder of a machine's Compose file, relative to OUT. */
	public static String composeFolder(Machine machine) {
		return "docker/" + PathSegments.of(Machines.name(machine)) + "/";
	}

	/** A container's build context as its Compose file names it: a copy beside the file, or an absolute path as written. */
	public static String buildContext(Container container) {
		return isOnMachine(container.getBuild()) ? container.getBuild()
				: "./build/" + PathSegments.of(container.getName());
	}

	/** A container's env files as its Compose file names them, in the order the model lists them. */
	public static List<String> envFiles(Container container) {
		return new ArrayList<>(envFileTargets(container).values());
	}

	/** What the deployment copies to a machine for its containers: build contexts and env files. */
	public static List<Copy> copies(Site site, Machine machine) {
		List<Copy> copies = new ArrayList<>();
		String folder = composeFolder(machine);
		for (Site.Instances instances : site.containersOn(machine)) {
			Container container = instances.container();
			if (container.getBuild() != null && !isOnMachine(container.getBuild())) {
				copies.add(new Copy(ModelPaths.resolve(container, container.getBuild()),
						folder + buildContext(container).substring(2)));
			}
			envFileTargets(container).forEach((source, target) -> {
				if (!isOnMachine(source)) {
					copies.add(new Copy(ModelPaths.resolve(container, source), folder + target.substring(2)));
				}
			});
		}
		return copies;
	}

	/** Each env file of a container and its name in Compose: the file's own name, numbered when two share one. */
	private static Map<String, String> envFileTargets(Container container) {
		Map<String, String> targets = new LinkedHashMap<>();
		List<String> used = new ArrayList<>();
		for (String source : container.getEnvFiles()) {
			if (isOnMachine(source)) {
				targets.put(source, source);
				continue;
			}
			String base = fileName(source);
			String name = used.contains(base) ? (used.size() + 1) + "-" + base : base;
			used.add(name);
			targets.put(source, "./env/" + PathSegments.of(container.getName()) + "/" + name);
		}
		return targets;
	}

	/** The last segment of a path, as a safe file name. */
	private static String fileName(String path) {
		String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
		return last.isEmpty() || last.equals(".") || last.equals("..") ? "env" : last;
	}

	/** Whether a path names a file on the machine itself (absolute) rather than one beside the model. */
	private static boolean isOnMachine(String path) {
		return path.startsWith("/");
	}
}
