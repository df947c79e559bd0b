package dev.berth.importer.compose;

import dev.berth.berth.Sandbox;
import dev.berth.model.SandboxRuntimes;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What a service asks of the machine: {@code deploy.replicas}, {@code deploy.resources.limits} (or the
 * older {@code mem_limit} and {@code cpus}), and {@code runtime} as Berth's sandbox.
 */
final class ServiceDeploy {

	private final ComposeSource source;

	ServiceDeploy(ComposeSource source) {
		this.source = source;
	}

	void read(String key, Node value, String path, ContainerText container) {
		switch (key) {
			case "mem_limit" -> limit(value, path, "memory", ComposeUnits::size, container);
			case "cpus" -> limit(value, path, "cpu", ComposeUnits::cpus, container);
			case "runtime" -> runtime(value, path, container);
			default -> deploy(value, path, container);
		}
	}

	private void deploy(Node value, String path, ContainerText container) {
		YamlNodes.entries(value).forEach((key, entry) -> {
			Node node = entry.getValueNode();
			String keyPath = path + "." + key;
			if (key.equals("replicas")) {
				replicas(node, keyPath, container);
			} else if (key.equals("resources")) {
				YamlNodes.entries(node).forEach((kind, resources) -> {
					if (kind.equals("limits")) {
						limits(resources.getValueNode(), keyPath + ".limits", container);
					} else {
						source.skip(resources.getKeyNode(), keyPath + "." + kind, "Berth sets limits only");
					}
				});
			} else {
				source.skip(entry.getKeyNode(), keyPath, "Berth deploys replicas with cpu and memory limits only");
			}
		});
	}

	private void replicas(Node node, String path, ContainerText container) {
		Optional<String> count = source.text(node, path).filter(text -> text.matches("\\d+"));
		if (count.isEmpty() || count.get().matches("0+")) {
			source.skip(node, path, "Berth runs at least one instance");
		} else if (Integer.parseInt(count.get()) > 1) {
			container.add("replicas " + Integer.parseInt(count.get()));
		}
	}

	private void limits(Node node, String path, ContainerText container) {
		YamlNodes.entries(node).forEach((key, entry) -> {
			switch (key) {
				case "memory" -> limit(entry.getValueNode(), path + ".memory", "memory", ComposeUnits::size, container);
				case "cpus" -> limit(entry.getValueNode(), path + ".cpus", "cpu", ComposeUnits::cpus, container);
				default -> source.skip(entry.getKeyNode(), path + "." + key, "Berth limits cpu and memory only");
			}
		});
	}

	private void limit(Node node, String path, String word, Function<String, Optional<String>> parse, ContainerText container) {
		if (container.has(word)) {
			source.skip(node, path, "the service gives its " + word + " limit twice; the first is carried");
			return;
		}
		source.text(node, path).ifPresent(text -> parse.apply(text).ifPresentOrElse(v -> container.add(word + " " + v),
				() -> source.skip(node, path, "not a " + word + " limit Berth reads")));
	}

	private void runtime(Node node, String path, ContainerText container) {
		source.text(node, path).ifPresent(runtime -> {
			Optional<Sandbox> sandbox = SandboxRuntimes.fromCompose(runtime);
			if (sandbox.isPresent()) {
				container.add("sandbox " + sandbox.get().getLiteral());
			} else if (!runtime.equals("runc")) {
				source.skip(node, path, "Berth runs runc or a sandbox: runsc (gvisor), io.containerd.kata.v2 (kata), io.containerd.kata-fc.v2 (kata-fc)");
			}
		});
	}
}
