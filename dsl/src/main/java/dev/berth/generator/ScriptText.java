package dev.berth.generator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The common frame of the generated bash scripts: strict mode, a {@code --dry-run} flag that
 * prints each command instead of running it, and commands built from quoted words.
 */
public final class ScriptText {

	private final StringBuilder text = new StringBuilder();

	/** A script that starts with its purpose and the {@code run} helper. */
	public ScriptText(String purpose) {
		text.append("#!/usr/bin/env bash\n");
		text.append("# ").append(purpose).append('\n');
		text.append("# Pass --dry-run to print the commands instead of running them.\n");
		text.append("# Values are single-quoted on purpose, so $ and \\ in them stay literal:\n");
		text.append("# shellcheck disable=SC1003,SC2016\n");
		text.append("set -euo pipefail\n");
		text.append("cd \"$(dirname \"${BASH_SOURCE[0]}\")\"\n\n");
		text.append("dry_run=false\n");
		text.append("if [[ ${1:-} == --dry-run ]]; then\n  dry_run=true\nfi\n\n");
		text.append("run() {\n  if \"$dry_run\"; then\n    printf '%q ' \"$@\"\n    printf '\\n'\n  else\n    \"$@\"\n  fi\n}\n");
	}

	/** Appends raw script text, which the caller has quoted. */
	public ScriptText raw(String line) {
		text.append(line).append('\n');
		return this;
	}

	/** Appends a comment line. */
	public ScriptText comment(String comment) {
		text.append("\n# ").append(comment.replace('\n', ' ')).append('\n');
		return this;
	}

	/** Appends {@code run} with the words, each quoted. */
	public ScriptText run(String... words) {
		return run(List.of(words));
	}

	/** Appends {@code run} with the words, each quoted. */
	public ScriptText run(List<String> words) {
		text.append("run ").append(words(words)).append('\n');
		return this;
	}

	/** The words quoted for the shell and joined by spaces. */
	public static String words(List<String> words) {
		return words.stream().map(Shell::quote).collect(Collectors.joining(" "));
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
