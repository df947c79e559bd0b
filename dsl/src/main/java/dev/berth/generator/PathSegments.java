package dev.berth.generator;

import java.util.regex.Pattern;

/** Checks that a model name can be one segment of an output path, so that no name lets a path escape OUT. */
public final class PathSegments {

	private static final Pattern SAFE = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]*");

	private PathSegments() {
	}

	/** The name itself, when it is an identifier as the grammar defines one. */
	public static String of(String name) {
		if (name == null || !SAFE.matcher(name).matches()) {
			throw new IllegalArgumentException("not a safe file name: " + name);
		}
		return name;
	}
}
