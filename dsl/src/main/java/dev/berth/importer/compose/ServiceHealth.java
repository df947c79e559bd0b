package dev.berth.importer.compose;

import dev.berth.importer.BerthText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * A service's {@code healthcheck}: its test as a shell command (a string, {@code CMD-SHELL}, or a
 * {@code CMD} list written as its shell form, which is reported), interval, timeout, retries and start_period.
 */
final class ServiceHealth {

	private final ComposeSource source;

	ServiceHealth(ComposeSource source) {
		this.source = source;
	}

	void read(Node value, String path, ContainerText container) {
		Map<String, NodeTuple> entries = YamlNodes.entries(value);
		NodeTuple disable = entries.get("disable");
		NodeTuple test = entries.get("test");
		if (disable != null && YamlNodes.isTrue(disable.getValueNode()) || test == null) {
			source.skip(value, path, test == null ? "Berth runs a health check only with its own test"
					: "Berth cannot turn off the image's health check");
			return;
		}
		Optional<String> command = test(test.getValueNode(), path + ".test");
		if (command.isEmpty()) {
			return;
		}
		StringBuilder line = new StringBuilder("healthcheck " + BerthText.quote(command.get()));
		entries.forEach((key, entry) -> {
			Node node = entry.getValueNode();
			String keyPath = path + "." + key;
			switch (key) {
				case "test", "disable" -> { }
				case "interval" -> line.append(option(node, keyPath, " every ", ComposeUnits::duration));
				case "timeout" -> line.append(option(node, keyPath, " timeout ", ComposeUnits::duration));
				case "start_period" -> line.append(option(node, keyPath, " start ", ComposeUnits::duration));
				case "retries" -> line.append(option(node, keyPath, " retries ",
						text -> text.matches("[1-9]\\d*") ? Optional.of(text) : Optional.empty()));
				default -> source.skip(entry.getKeyNode(), keyPath, "Berth's health check has a test, interval, timeout, retries and start");
			}
		});
		container.add(line.toString());
	}

	private String option(Node node, String path, String word, Function<String, Optional<String>> parse) {
		Optional<String> text = source.text(node, path);
		Optional<String> value = text.flatMap(parse);
		if (text.isPresent() && value.isEmpty()) {
			source.skip(node, path, "not a value Berth reads here");
		}
		return value.map(v -> word + v).orElse("");
	}

	/** The test as one shell command; {@code NONE} and unknown forms are reported and give none. */
	private Optional<String> test(Node node, String path) {
		if (!YamlNodes.isList(node)) {
			return source.text(node, path);
		}
		List<String> words = new ArrayList<>();
		for (Node item : YamlNodes.items(node)) {
			Optional<String> word = source.text(item, path);
			if (word.isEmpty()) {
				return Optional.empty();
			}
			words.add(word.get());
		}
		String form = words.isEmpty() ? "" : words.get(0);
		if (form.equals("CMD-SHELL") && words.size() == 2) {
			return Optional.of(words.get(1));
		}
		if (form.equals("CMD") && words.size() > 1) {
			String shell = words.subList(1, words.size()).stream().map(ServiceHealth::shellWord).collect(Collectors.joining(" "));
			source.change(node, path, "Berth runs a health check through the shell: the CMD form is written as its "
					+ "shell form " + shell);
			return Optional.of(shell);
		}
		source.skip(node, path, form.equals("NONE") ? "Berth cannot turn off the image's health check"
				: "expected CMD or CMD-SHELL and a command");
		return Optional.empty();
	}

	/** A word as the shell reads it back: as it is when it is plain, else in single quotes. */
	private static String shellWord(String word) {
		return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
	}
}
