package dev.berth.tests.support;

import dev.berth.berth.Machine;
import dev.berth.generator.DeployLayout;
import dev.berth.model.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a Compose tool needs beside a generated file, as the deployment provides it: the build
 * contexts and env files copied into OUT's layout, and a value for every variable read from the
 * deploying environment.
 */
public final class ComposeRun {

	private static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):\\?");

	private ComposeRun() {
	}

	/** Copies every file the deployment copies to the site's machines into OUT, where the Compose files name them, with its permissions. */
	public static void stage(Path model, Path out) throws IOException {
		Site site = Generated.site(model);
		for (var element : site.elements()) {
			if (element instanceof Machine machine) {
				for (DeployLayout.Copy copy : DeployLayout.copies(site, machine)) {
					copyTree(copy.source(), out.resolve(copy.target()));
				}
			}
		}
	}

	/** A value for each variable a Compose file reads from the deploying environment. */
	public static Map<String, String> environment(Path composeFile) throws IOException {
		Map<String, String> environment = new LinkedHashMap<>();
		Matcher matcher = FROM_ENVIRONMENT.matcher(Files.readString(composeFile));
		while (matcher.find()) {
			environment.put(matcher.group(1), "value of " + matcher.group(1));
		}
		return environment;
	}

	private static void copyTree(Path source, Path target) throws IOException {
		try (Stream<Path> walk = Files.walk(source)) {
			walk.forEach(path -> {
				try {
					Path destination = target.resolve(source.relativize(path).toString());
					if (Files.isDirectory(path)) {
						Files.createDirectories(destination);
						Files.setPosixFilePermissions(destination, Files.getPosixFilePermissions(path));
					} else {
						Files.createDirectories(destination.getParent());
						Files.copy(path, destination, StandardCopyOption.COPY_ATTRIBUTES);
					}
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
