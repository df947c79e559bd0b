package dev.berth.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference in the grammar of Docker's distribution/reference package:
 * {@code [REGISTRY[:PORT]/]PATH[:TAG][@DIGEST]}, such as {@code registry.example.com:5000/team/app:1.2@sha256:...}.
 *
 * @param registry the registry host and port, empty when the first component is part of the path
 * @param path the repository path, such as {@code library/nginx} or {@code nginx}
 * @param tag the tag, empty when none is written
 * @param digest the digest, empty when none is written
 */
public record ImageReference(Optional<String> registry, String path, Optional<String> tag, Optional<String> digest) {

	private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
	private static final String DOMAIN = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT
			+ ")*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?";
	private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
	private static final String TAG = "[\\w][\\w.-]{0,127}";
	private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
	private static final Pattern REFERENCE = Pattern.compile("(?:(" + DOMAIN + ")/)?(" + PATH_COMPONENT + "(?:/"
			+ PATH_COMPONENT + ")*)(?::(" + TAG + "))?(?:@(" + DIGEST + "))?");
	private static final int MAX_NAME_LENGTH = 255;

	/** The reference a text stands for, or empty when it is not a valid reference. */
	public static Optional<ImageReference> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = REFERENCE.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Optional<String> registry = Optional.ofNullable(matcher.group(1));
		String path = matcher.group(2);
		if (registry.isPresent() && !looksLikeRegistry(registry.get())) {
			if (!registry.get().matches(PATH_COMPONENT)) {
				return Optional.empty();
			}
			path = registry.get() + "/" + path;
			registry = Optional.empty();
		}
		int nameLength = registry.map(r -> r.length() + 1).orElse(0) + path.length();
		if (nameLength > MAX_NAME_LENGTH) {
			return Optional.empty();
		}
		return Optional.of(new ImageReference(registry, path, Optional.ofNullable(matcher.group(3)),
				Optional.ofNullable(matcher.group(4))));
	}

	/** As Docker decides: the first component names a registry when it has a dot, a port, or is localhost. */
	private static boolean looksLikeRegistry(String component) {
		return component.contains(".") || component.contains(":") || component.equals("localhost")
				|| !component.equals(component.toLowerCase());
	}
}
