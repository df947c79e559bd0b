package dev.berth.importer;

import dev.berth.berth.Hypervisor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The machine running the import, declared as host {@code local}: its cores, memory and OS as this machine reports them. */
public final class LocalMachine {

	/** The name of the host an import places workloads on by default. */
	public static final String NAME = "local";

	private LocalMachine() {
	}

	/** The declaration of host {@code local}, with a hypervisor and a runtime when the import needs them. */
	public static String declaration(Hypervisor hypervisor, boolean runtime) {
		StringBuilder host = new StringBuilder("host " + NAME + " {\n    connection local\n");
		host.append("    cpu ").append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
		memoryBytes().ifPresent(bytes -> host.append("    memory ").append(BerthText.size(bytes)).append('\n'));
		host.append("    os linux").append(osName().map(name -> " " + BerthText.quote(name)).orElse("")).append('\n');
		if (hypervisor != Hypervisor.NONE) {
			host.append("    hypervisor ").append(hypervisor.getLiteral()).append('\n');
		}
		if (runtime) {
			host.append("    runtime docker\n");
		}
		return host.append("}\n").toString();
	}

	/** MemTotal of /proc/meminfo, rounded down to whole MiB. */
	private static Optional<Long> memoryBytes() {
		return lines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:")).findFirst()
				.map(line -> line.replaceAll("[^0-9]", "")).filter(digits -> !digits.isEmpty())
				.map(kib -> Long.parseLong(kib) / 1024 * 1024 * 1024);
	}

	/** PRETTY_NAME of /etc/os-release. */
	private static Optional<String> osName() {
		return lines(Path.of("/etc/os-release")).stream().filter(line -> line.startsWith("PRETTY_NAME="))
				.findFirst().map(line -> line.substring("PRETTY_NAME=".length()).replaceAll("^\"|\"$", ""));
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}
}
