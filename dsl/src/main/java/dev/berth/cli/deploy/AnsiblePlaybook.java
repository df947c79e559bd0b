package dev.berth.cli.deploy;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code ansible-playbook} program, run with an argument list (never through a shell) and
 * the {@code ansible.posix.jsonl} callback, its output handed over line by line.
 */
public final class AnsiblePlaybook {

	/** The environment variable that may name the program; else it is looked up on the PATH. */
	public static final String VARIABLE = "BERTH_ANSIBLE_PLAYBOOK";

	private final Path executable;
	private final Map<String, String> environment;

	private AnsiblePlaybook(Path executable, Map<String, String> environment) {
		this.executable = executable;
		this.environment = environment;
	}

	/** The program that the environment names or has on its PATH, if it is there. */
	public static Optional<AnsiblePlaybook> locate(Map<String, String> environment) {
		String named = environment.getOrDefault(VARIABLE, "");
		List<Path> candidates = new ArrayList<>();
		if (!named.isEmpty()) {
			candidates.add(Path.of(named));
		} else {
			for (String folder : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
				if (!folder.isEmpty()) {
					candidates.add(Path.of(folder, "ansible-playbook"));
				}
			}
		}
		return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst()
				.map(p -> new AnsiblePlaybook(p, environment));
	}

	/**
	 * Runs the program to its end with the given arguments and returns its exit status; each line
	 * of its standard output goes to {@code out} as it comes, each of its standard error to {@code err}.
	 */
	public int run(List<String> arguments, Consumer<String> out, Consumer<String> err)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(executable.toString()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().clear();
		builder.environment().putAll(environment);
		builder.environment().put("ANSIBLE_STDOUT_CALLBACK", "ansible.posix.jsonl");
		builder.environment().put("ANSIBLE_JSON_INDENT", "0");
		builder.environment().putIfAbsent("ANSIBLE_NOCOLOR", "1");
		builder.environment().putIfAbsent("ANSIBLE_RETRY_FILES_ENABLED", "false");
		Process process = builder.redirectInput(ProcessBuilder.Redirect.PIPE).start();
		process.getOutputStream().close();
		Thread errors = new Thread(() -> lines(process.getErrorStream(), err), "ansible-playbook stderr");
		errors.start();
		try {
			lines(process.getInputStream(), out);
			int status = process.waitFor();
			errors.join();
			return status;
		} finally {
			if (process.isAlive()) {
				process.destroy();
			}
		}
	}

	private static void lines(InputStream stream, Consumer<String> consumer) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			reader.lines().forEach(consumer);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
