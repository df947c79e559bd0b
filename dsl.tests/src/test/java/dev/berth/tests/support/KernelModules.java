package dev.berth.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Modules of an extracted Debian kernel package, copied into an initrd in the order {@code insmod} needs them. */
public final class KernelModules {

	private static final String KO = ".ko";
	private static final String KO_XZ = ".ko.xz";
	private static final byte[] DEPENDS = "\0depends=".getBytes(StandardCharsets.US_ASCII);

	private KernelModules() {
	}

	/**
	 * Copies the named modules and those they depend on (their {@code depends=} field) from
	 * {@code lib/modules/VERSION/kernel} of a package into a folder as {@code NAME.ko}, decompressing
	 * {@code .ko.xz} files with busybox, and returns the names, each after the modules it needs.
	 */
	public static List<String> copyInLoadOrder(Path packageRoot, Path busybox, Path target, List<String> names)
			throws IOException, InterruptedException {
		Path modules = packageRoot.resolve("lib/modules");
		Map<String, Path> files;
		try (Stream<Path> walk = Files.walk(modules)) {
			files = walk.filter(p -> moduleName(p) != null
					&& modules.relativize(p).getName(1).toString().equals("kernel"))
					.collect(Collectors.toMap(KernelModules::moduleName, Function.identity()));
		}
		List<String> order = new ArrayList<>();
		for (String name : names) {
			add(name, files, busybox, target, order);
		}
		return order;
	}

	/** Copies a module after the modules it needs; one already copied (or being copied) is skipped. */
	private static void add(String name, Map<String, Path> files, Path busybox, Path target, List<String> order)
			throws IOException, InterruptedException {
		Path copy = target.resolve(name + KO);
		if (Files.exists(copy)) {
			return;
		}
		Path file = files.get(name);
		if (file == null) {
			throw new AssertionError("the kernel package has no module " + name);
		}
		if (file.toString().endsWith(KO_XZ)) {
			Processes.Result unxz = Processes.run(target, Map.of(), List.of("sh", "-c", "\"$0\" xz -dc \"$1\" > \"$2\"",
					busybox.toString(), file.toString(), copy.toString()));
			assertEquals(0, unxz.status(), unxz.output());
		} else {
			Files.copy(file, copy);
		}
		for (String dependency : depends(Files.readAllBytes(copy))) {
			add(dependency, files, busybox, target, order);
		}
		order.add(name);
	}

	/** The module name of a file, as {@code depends=} spells it (dashes as underscores); null for other files. */
	private static String moduleName(Path file) {
		String name = file.getFileName().toString();
		String suffix = name.endsWith(KO) ? KO : name.endsWith(KO_XZ) ? KO_XZ : null;
		return suffix == null ? null : name.substring(0, name.length() - suffix.length()).replace('-', '_');
	}

	/** The modules listed in the {@code depends=} field of a module's {@code .modinfo} section. */
	private static List<String> depends(byte[] module) {
		for (int start = 0; start + DEPENDS.length <= module.length; start++) {
			if (Arrays.equals(module, start, start + DEPENDS.length, DEPENDS, 0, DEPENDS.length)) {
				int from = start + DEPENDS.length;
				int end = from;
				while (end < module.length && module[end] != 0) {
					end++;
				}
				String list = new String(module, from, end - from, StandardCharsets.US_ASCII);
				return list.isEmpty() ? List.of() : List.of(list.split(","));
			}
		}
		return List.of();
	}
}
