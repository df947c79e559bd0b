package dev.berth.generator;

import dev.berth.berth.Container;
import dev.berth.berth.Secret;
import dev.berth.berth.SecretSource;
import dev.berth.berth.Vm;
import dev.berth.berth.Volume;
import dev.berth.model.ModelPaths;
import dev.berth.model.Site;
import dev.berth.model.VmFile;
import dev.berth.model.VmFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files beside the model (relative paths) that the generated output refers to but that do
 * not exist yet; absolute paths name files on the machines and are not checked here.
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
						+ " does not exist; define.sh copies it to " + file.hostPath() + " for vm " + vm.getName()));
			}
		}
		for (Secret secret : site.all(Secret.class)) {
			if (secret.getSource() == SecretSource.FILE && secret.getLocation() != null
					&& !secret.getLocation().startsWith("/")) {
				Path path = ModelPaths.resolve(secret, secret.getLocation());
				if (!Files.exists(path)) {
					missing.add(path + " does not exist; it holds secret " + secret.getName());
				}
			}
		}
		for (Container container : site.all(Container.class)) {
			for (Volume volume : container.getVolumes()) {
				Path path = ModelPaths.resolve(container, volume.getSource());
				if (!volume.getSource().startsWith("/") && !ModelPaths.isNamedVolume(volume.getSource())
						&& !Files.exists(path)) {
					missing.add(path + " does not exist; container " + container.getName() + " mounts it at "
							+ volume.getTarget());
				}
			}
		}
		return missing;
	}
}
