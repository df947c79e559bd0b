package dev.berth.generator;

import dev.berth.berth.Container;
import dev.berth.berth.Machine;
import dev.berth.berth.Secret;
import dev.berth.berth.SecretSource;
import dev.berth.berth.Volume;
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
 * its own folder ({@code build/CONTAINER/}, {@code env/CONTAINER/FILE}, {@code bind/CONTAINER/NAME},
 * {@code secrets/NAME}).
 */
public final class DeployLayout {

	/** The folder of a machine's own copies on the machine itself. */
	public static final String MACHINE_ROOT = "/var/lib/berth/";

	/**
	 * A file or folder beside the model, and where it lands, relative to OUT and to the machine's root.
	 *
	 * @param secret whether it is a secret's file, readable by its owner only
	 */
	public record Copy(Path source, String target, boolean secret) {
	}

	private DeployLayout() {
	}

	/** The Compose project of a machine; Podman's networks are named after it as Compose names them ({@code PROJECT_NETWORK}). */
	public static String project(Machine machine) {
		return "berth-" + PathSegments.of(Machines.name(machine));
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

	/** A bind mount's source as the Compose file names it: a copy beside the file, or an absolute path as written. */
	public static String bindSource(Container container, String source) {
		if (isOnMachine(source)) {
			return source;
		}
		List<String> sources = container.getVolumes().stream().map(Volume::getSource)
				.filter(s -> !ModelPaths.isNamedVolume(s) && !isOnMachine(s)).distinct().toList();
		return "./bind/" + PathSegments.of(container.getName()) + "/" + (sources.indexOf(source) + 1) + "-" + fileName(source);
	}

	/** A secret's file as a Compose file names it: a copy beside the file (written at deploy time for {@code from env}), or an absolute path. */
	public static String secretFile(Secret secret) {
		return secret.getSource() == SecretSource.FILE && isOnMachine(secret.getLocation()) ? secret.getLocation()
				: "./secrets/" + PathSegments.of(secret.getName());
	}

	/** What the deployment copies to a machine for its containers: build contexts, env files, bind sources and secret files. */
	public static List<Copy> copies(Site site, Machine machine) {
		List<Copy> copies = new ArrayList<>();
		String folder = composeFolder(machine);
		List<Secret> secrets = new ArrayList<>();
		for (Site.Instances instances : site.containersOn(machine)) {
			Container container = instances.container();
			if (container.getBuild() != null && !isOnMachine(container.getBuild())) {
				copies.add(new Copy(ModelPaths.resolve(container, container.getBuild()),
						folder + buildContext(container).substring(2), false));
			}
			envFileTargets(container).forEach((source, target) -> {
				if (!isOnMachine(source)) {
					copies.add(new Copy(ModelPaths.resolve(container, source), folder + target.substring(2), false));
				}
			});
			for (Volume volume : container.getVolumes()) {
				String target = bindSource(container, volume.getSource());
				if (!ModelPaths.isNamedVolume(volume.getSource()) && !isOnMachine(volume.getSource())
						&& copies.stream().noneMatch(c -> c.target().equals(folder + target.substring(2)))) {
					copies.add(new Copy(ModelPaths.resolve(container, volume.getSource()), folder + target.substring(2), false));
				}
			}
			container.getSecrets().stream().filter(s -> !s.eIsProxy() && !secrets.contains(s)).forEach(secrets::add);
		}
		for (Secret secret : secrets) {
			if (secret.getSource() == SecretSource.FILE && !isOnMachine(secret.getLocation())) {
				copies.add(new Copy(ModelPaths.resolve(secret, secret.getLocation()),
						folder + secretFile(secret).substring(2), true));
			}
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
