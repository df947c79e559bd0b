package dev.berth.tests.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the external programs that check generated files. A missing program skips the test with
 * its reason, or fails it when {@code BERTH_REQUIRE_TOOLS=1} (as in CI, which installs them all).
 */
public final class Tools {

	private Tools() {
	}

	/** The program's path, or the test ends here as skipped or failed. */
	public static Path require(String program, String debianPackage) {
		return find(program).orElseGet(() -> missing("'" + program + "'", debianPackage));
	}

	/** The first of the files that exists (a plugin outside PATH), or the test ends here as skipped or failed. */
	public static Path requireFile(String debianPackage, Path... candidates) {
		return Arrays.stream(candidates).filter(Files::exists).findFirst()
				.orElseGet(() -> missing(Arrays.toString(candidates), debianPackage));
	}

	/** Ends the test here as skipped or failed unless it runs as root. */
	public static void requireRoot(String why) throws IOException {
		if (!Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
			unavailable("root is needed to " + why);
		}
	}

	private static Path missing(String what, String debianPackage) {
		return unavailable(what + " is not installed (Debian package " + debianPackage + "; .ci/run installs it)");
	}

	private static Path unavailable(String reason) {
		if ("1".equals(System.getenv("BERTH_REQUIRE_TOOLS"))) {
			Assertions.fail(reason + ", and BERTH_REQUIRE_TOOLS=1 requires every tool");
		}
		System.err.println("SKIPPED: " + reason);
		Assumptions.abort(reason);
		throw new AssertionError("unreachable: abort always throws");
	}

	private static Optional<Path> find(String program) {
		String path = System.getenv().getOrDefault("PATH", "");
		for (String folder : path.split(File.pathSeparator)) {
			Path candidate = Path.of(folder, program);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}
}
