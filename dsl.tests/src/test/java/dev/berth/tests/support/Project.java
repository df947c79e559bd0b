package dev.berth.tests.support;

import java.nio.file.Path;

/** Paths in the project's own tree, seen from the tests (which run in {@code dsl.tests}). */
public final class Project {

	private Project() {
	}

	/** The repository's root folder. */
	public static Path root() {
		return Path.of("").toAbsolutePath().getParent();
	}

	/** A path below the root. */
	public static Path path(String relative) {
		return root().resolve(relative);
	}
}
