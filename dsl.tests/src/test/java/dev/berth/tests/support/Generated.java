package dev.berth.tests.support;

import com.google.inject.Injector;
import dev.berth.BerthStandaloneSetup;
import dev.berth.cli.SiteOutputs;
import dev.berth.cli.Workspace;
import dev.berth.generator.GeneratedFile;
import dev.berth.generator.Target;
import dev.berth.model.Site;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes a site's output files in memory, as {@code berth generate} does before writing them. */
public final class Generated {

	private static Injector injector;

	private Generated() {
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new BerthStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Every file of the targets (all when none is given), by path. */
	public static Map<String, GeneratedFile> of(Path model, Target... targets) {
		Site site = site(model);
		EnumSet<Target> chosen = targets.length == 0 ? EnumSet.of(Target.ALL) : EnumSet.of(targets[0], targets);
		Map<String, GeneratedFile> files = new LinkedHashMap<>();
		SiteOutputs.of(site, chosen).forEach(file -> files.put(file.path(), file));
		return files;
	}

	/** The site of a model file or folder, loaded as the command line loads it. */
	public static Site site(Path model) {
		return Workspace.load(injector(), List.of(model)).site();
	}
}
