package dev.berth.generator;

import dev.berth.generator.ansible.AnsibleGenerator;
import dev.berth.generator.docker.ComposeGenerator;
import dev.berth.generator.docker.LxcGenerator;
import dev.berth.generator.libvirt.LibvirtGenerator;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Computes every file of the chosen targets for a site, in a stable order; nothing is written here. */
public final class SiteGenerator {

	private SiteGenerator() {
	}

	public static List<GeneratedFile> generate(Site site, Set<Target> targets) {
		boolean all = targets.isEmpty() || targets.contains(Target.ALL);
		List<GeneratedFile> files = new ArrayList<>();
		if (all || targets.contains(Target.DOCKER)) {
			files.addAll(ComposeGenerator.generate(site));
			files.addAll(LxcGenerator.generate(site));
		}
		if (all || targets.contains(Target.LIBVIRT)) {
			files.addAll(LibvirtGenerator.generate(site));
		}
		if (all || targets.contains(Target.ANSIBLE)) {
			files.addAll(AnsibleGenerator.generate(site));
		}
		files.sort(Comparator.comparing(GeneratedFile::path));
		return files;
	}
}
