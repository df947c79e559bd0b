package dev.berth.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for {@code ansible-playbook}, named by {@code BERTH_ANSIBLE_PLAYBOOK}: it prints events
 * captured from real runs (a resource under {@code deploy/events/}), keeps its arguments and
 * environment for the test to check, and exits with the status it is given.
 */
public final class FakeAnsible {

	private final Path folder;

	private FakeAnsible(Path folder) {
		this.folder = folder;
	}

	/** Writes the program into the folder, to print the named events and exit with the status. */
	public static FakeAnsible create(Path folder, String events, int status) throws IOException {
		Files.createDirectories(folder);
		try (InputStream canned = FakeAnsible.class.getResourceAsStream("/deploy/events/" + events + ".jsonl")) {
			Files.write(folder.resolve("events.jsonl"), canned.readAllBytes());
		}
		Path script = folder.resolve("ansible-playbook");
		Files.writeString(script, """
				#!/bin/sh
				here=$(dirname "$0")
				printf '%%s\\n' "$@" > "$here/argv.txt"
				env > "$here/env.txt"
				echo '[WARNING]: a warning of the fake' >&2
				cat "$here/events.jsonl"
				exit %d
				""".formatted(status), StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
		return new FakeAnsible(folder);
	}

	/** This JVM's environment with {@code BERTH_ANSIBLE_PLAYBOOK} naming the fake. */
	public Map<String, String> environment() {
		Map<String, String> environment = new HashMap<>(System.getenv());
		environment.put("BERTH_ANSIBLE_PLAYBOOK", folder.resolve("ansible-playbook").toString());
		return environment;
	}

	/** Whether the fake was run. */
	public boolean ran() {
		return Files.exists(folder.resolve("argv.txt"));
	}

	/** The arguments it was run with. */
	public List<String> arguments() throws IOException {
		return Files.readAllLines(folder.resolve("argv.txt"), StandardCharsets.UTF_8);
	}

	/** The environment it was run with, as {@code NAME=VALUE} lines. */
	public List<String> environmentSeen() throws IOException {
		return Files.readAllLines(folder.resolve("env.txt"), StandardCharsets.UTF_8);
	}
}
