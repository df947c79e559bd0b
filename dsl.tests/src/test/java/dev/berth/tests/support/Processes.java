package dev.berth.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an external program to completion and keeps what it printed. */
public final class Processes {

	/** The outcome of a program: its exit status and its output, standard error included. */
	public record Result(int status, String output) {
	}

	private Processes() {
	}

	/** Runs a command in a folder, with extra environment variables. */
	public static Result run(Path folder, Map<String, String> environment, List<String> command)
			throws IOException, InterruptedException {
		Path log = Files.createTempFile("berth-process", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
					.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			try {
				if (!process.waitFor(2, TimeUnit.MINUTES)) {
					throw new AssertionError("timed out: " + command);
				}
			} finally {
				stop(process);
			}
			return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(log);
		}
	}

	/** Stops a process by its pid if it still runs: politely, then forcibly after ten seconds. */
	public static void stop(Process process) throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	/** Runs a command in a folder. */
	public static Result run(Path folder, String... command) throws IOException, InterruptedException {
		return run(folder, Map.of(), List.of(command));
	}
}
