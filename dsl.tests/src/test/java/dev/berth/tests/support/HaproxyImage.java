package dev.berth.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build context of an HAProxy image made from this machine's binary (no registry is reachable
 * here): FROM scratch with haproxy and the shared libraries it loads, run as the official image
 * runs it, as user 99 with its configuration in {@code /usr/local/etc/haproxy}.
 */
public final class HaproxyImage {

	private static final Pattern LIBRARY = Pattern.compile("(/\\S+) \\(0x");

	private HaproxyImage() {
	}

	/** Writes the context into {@code context} and returns it. */
	public static Path context(Path context) throws IOException, InterruptedException {
		Path haproxy = Tools.require("haproxy", "haproxy");
		Path root = context.resolve("root");
		Processes.Result ldd = Processes.run(context.getParent(), "ldd", haproxy.toString());
		if (ldd.status() != 0) {
			throw new AssertionError("ldd " + haproxy + " failed: " + ldd.output());
		}
		copyInto(root, haproxy, Path.of("/usr/sbin/haproxy"));
		Matcher library = LIBRARY.matcher(ldd.output());
		while (library.find()) {
			Path path = Path.of(library.group(1));
			copyInto(root, path, path);
		}
		Files.writeString(context.resolve("Containerfile"), """
				FROM scratch
				COPY root/ /
				USER 99:99
				STOPSIGNAL SIGUSR1
				CMD ["/usr/sbin/haproxy", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]
				""");
		return context;
	}

	private static void copyInto(Path root, Path file, Path target) throws IOException {
		Path copy = root.resolve(target.toString().substring(1));
		Files.createDirectories(copy.getParent());
		if (!Files.exists(copy)) {
			Files.copy(file, copy);
		}
	}
}
