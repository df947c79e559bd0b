package dev.berth.generator;

import dev.berth.berth.Vm;
import dev.berth.model.Site;
import dev.berth.model.VmFile;
import dev.berth.model.VmFiles;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The VM files beside the model (relative paths) that the generated output refers to but that do
 * not exist yet: a warning, since images are often put on the host apart; every other file beside
 * the model is checked by validation ({@code file.missing}).
 */
public final class LocalFiles {

	private LocalFiles() {
	}

	/** One sentence per missing file: what it is, and what would need it. */
	public static List<String> missing(Site site) {
		List<String> missing = new ArrayList<>();
		for (Vm vm : site.all(Vm.class)) {
			for (VmFile file : VmFiles.files(vm)) {
				file.copyFrom().filter(path -> !Files.exists(path)).ifPresent(path -> missing.add(path
						+ " does not exist; the deployment copies it to " + file.hostPath() + " for vm " + vm.getName()));
			}
		}
		return missing;
	}
}
