package dev.berth.generator;

import dev.berth.berth.Machine;
import dev.berth.model.Site;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Runs a generator's work for each machine on every core, keeping the files in the order of the machines. */
public final class PerMachine {

	private PerMachine() {
	}

	/** The files of each machine of the site that the filter accepts, in site order. */
	public static List<GeneratedFile> files(Site site, Predicate<Machine> filter,
			Function<Machine, List<GeneratedFile>> files) {
		List<Machine> machines = site.elements().stream().filter(Machine.class::isInstance).map(Machine.class::cast)
				.filter(filter).toList();
		return files(site, machines, files);
	}

	/**
	 * The files of each of the machines, in their order. The site's cross-references are resolved
	 * first, once per site, since resolving changes the model and is not thread-safe.
	 */
	public static List<GeneratedFile> files(Site site, List<Machine> machines,
			Function<Machine, List<GeneratedFile>> files) {
		site.fact(PerMachine.class, () -> resolveAll(site));
		return machines.parallelStream().flatMap(machine -> files.apply(machine).stream()).toList();
	}

	private static Boolean resolveAll(Site site) {
		site.elements().stream().map(EObject::eResource).distinct().forEach(EcoreUtil::resolveAll);
		return true;
	}
}
