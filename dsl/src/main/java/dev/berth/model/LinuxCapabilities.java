package dev.berth.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The Linux capabilities (capabilities(7)) by the names Compose and the runtimes take, without {@code CAP_}. */
public final class LinuxCapabilities {

	/** Every capability of Linux 6.x, and {@code ALL}, which the runtimes read as all of them. */
	private static final Set<String> KNOWN = Set.of("ALL", "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER",
			"FSETID", "KILL", "SETGID", "SETUID", "SETPCAP", "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST",
			"NET_ADMIN", "NET_RAW", "IPC_LOCK", "IPC_OWNER", "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE",
			"SYS_PACCT", "SYS_ADMIN", "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD",
			"LEASE", "AUDIT_WRITE", "AUDIT_CONTROL", "SETFCAP", "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG", "WAKE_ALARM",
			"BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF", "CHECKPOINT_RESTORE");

	/** Capabilities that give nearly what {@code privileged} gives. */
	private static final Set<String> DANGEROUS = Set.of("ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE");

	private LinuxCapabilities() {
	}

	/** A capability's name as the runtimes take it: upper case, without {@code CAP_}. */
	public static String bare(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("CAP_") ? upper.substring(4) : upper;
	}

	/** The capability a name stands for (case-insensitive, {@code CAP_} optional), if Linux has it. */
	public static Optional<String> known(String name) {
		String bare = bare(name);
		return KNOWN.contains(bare) ? Optional.of(bare) : Optional.empty();
	}

	/** Whether adding a capability makes a container nearly privileged. */
	public static boolean isDangerous(String name) {
		return known(name).filter(DANGEROUS::contains).isPresent();
	}
}
