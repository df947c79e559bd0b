package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Secret;
import dev.berth.berth.SecretSource;
import dev.berth.berth.Volume;
import dev.berth.model.ModelPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.xtext.validation.Check;

/**
 * The files and folders that containers and secrets name beside the model exist (absolute paths
 * name files on the machines and are not checked), a volume source that is no path is a name
 * Compose takes, and only a named volume has a size.
 */
public class FileValidator extends BesideModelValidator {

	private static final Pattern VOLUME_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
	private static final List<String> DEFAULT_DOCKERFILES = List.of("Dockerfile", "Containerfile");

	@Check
	public void checkBuildContextExists(Container container) {
		Optional<Path> context = besideModel(container, container.getBuild());
		if (context.isEmpty() || !exists(container, BerthPackage.Literals.CONTAINER__BUILD, INSIGNIFICANT_INDEX,
				"the build context of " + describe(container), container.getBuild(), context.get(), Expected.FOLDER)) {
			return;
		}
		String dockerfile = container.getDockerfile();
		if (dockerfile != null && !dockerfile.startsWith("/")) {
			exists(container, BerthPackage.Literals.CONTAINER__DOCKERFILE, INSIGNIFICANT_INDEX, "the dockerfile of "
					+ describe(container) + " in its build context", dockerfile,
					context.get().resolve(dockerfile).normalize(), Expected.FILE);
		} else if (dockerfile == null
				&& DEFAULT_DOCKERFILES.stream().noneMatch(name -> Files.isRegularFile(context.get().resolve(name)))) {
			error("the build context " + container.getBuild() + " of " + describe(container) + " (" + context.get()
					+ ") holds neither a Dockerfile nor a Containerfile; add one, or name the file to build with "
					+ "`dockerfile \"NAME\"`", container, BerthPackage.Literals.CONTAINER__BUILD,
					IssueCodes.FILE_MISSING, container.getBuild(), context.get().resolve("Dockerfile").toString());
		}
	}

	@Check
	public void checkEnvFilesExist(Container container) {
		for (int i = 0; i < container.getEnvFiles().size(); i++) {
			String file = container.getEnvFiles().get(i);
			int index = i;
			besideModel(container, file).ifPresent(path -> exists(container, BerthPackage.Literals.CONTAINER__ENV_FILES,
					index, "the env-file of " + describe(container), file, path, Expected.FILE));
		}
	}

	@Check
	public void checkSecretFileExists(Secret secret) {
		if (secret.getSource() == SecretSource.FILE) {
			besideModel(secret, secret.getLocation()).ifPresent(path -> exists(secret,
					BerthPackage.Literals.SECRET__LOCATION, INSIGNIFICANT_INDEX, "the file of secret " + secret.getName(),
					secret.getLocation(), path, Expected.FILE));
		}
	}

	@Check
	public void checkVolumeSourceExists(Volume volume) {
		String source = volume.getSource();
		if (source != null && source.startsWith(".")) {
			besideModel(volume, source).ifPresent(path -> exists(volume, BerthPackage.Literals.VOLUME__SOURCE,
					INSIGNIFICANT_INDEX, "the volume source", source, path, Expected.ANY));
		}
	}

	@Check
	public void checkVolumeNameIsValid(Volume volume) {
		String source = volume.getSource();
		if (source == null || !ModelPaths.isNamedVolume(source) || VOLUME_NAME.matcher(source).matches()) {
			return;
		}
		String suggestion = source.replaceAll("[^a-zA-Z0-9_.-]", "_").replaceFirst("^[_.-]+", "");
		error("'" + source + "' is not a valid volume name: Compose takes letters, digits, _, . and -, starting with a "
				+ "letter or digit; write " + (suggestion.isEmpty() ? "a name such as data" : suggestion)
				+ ", or start a path with ./ to mount a folder beside the model", volume,
				BerthPackage.Literals.VOLUME__SOURCE, IssueCodes.VOLUME_NAME_INVALID, source, suggestion);
	}

	@Check
	public void checkSizeIsOnANamedVolume(Volume volume) {
		String source = volume.getSource();
		if (volume.getSize() == null || source == null || ModelPaths.isNamedVolume(source)) {
			return;
		}
		warning("volume " + source + " -> " + volume.getTarget() + " is a bind mount of a host path; its size is the "
				+ "host file system's, so `size` is ignored; remove it or use a named volume", volume,
				BerthPackage.Literals.VOLUME__SIZE, IssueCodes.VOLUME_SIZE_ON_BIND, source);
	}
}
