package dev.berth.generator.docker;

import dev.berth.berth.Container;
import dev.berth.berth.Volume;
import dev.berth.generator.DeployLayout;
import dev.berth.model.ModelPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mounts of a container's service: named volumes of the runtime, and bind mounts of paths (copies of relative ones). */
final class ContainerVolumes {

	private ContainerVolumes() {
	}

	static List<Map<String, Object>> of(Container container) {
		List<Map<String, Object>> volumes = new ArrayList<>();
		for (Volume volume : container.getVolumes()) {
			Map<String, Object> mount = new LinkedHashMap<>();
			boolean named = ModelPaths.isNamedVolume(volume.getSource());
			mount.put("type", named ? "volume" : "bind");
			mount.put("source", ComposeYaml.text(named ? volume.getSource() : DeployLayout.bindSource(container, volume.getSource())));
			mount.put("target", ComposeYaml.text(volume.getTarget()));
			if (volume.isReadonly()) {
				mount.put("read_only", true);
			}
			volumes.add(mount);
		}
		return volumes;
	}
}
