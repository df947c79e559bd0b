package dev.berth.model;

import dev.berth.berth.Sandbox;
import java.util.Arrays;
import java.util.Optional;

/**
 * The names of each sandbox's OCI runtime: as Docker and containerd name it in a Compose file (runsc,
 * or Kata's containerd shim for QEMU or Firecracker), and as Podman's containers.conf names it.
 */
public enum SandboxRuntimes {
	/** gVisor. */
	GVISOR(Sandbox.GVISOR, "runsc", "runsc"),
	/** Kata Containers under QEMU. */
	KATA(Sandbox.KATA, "io.containerd.kata.v2", "kata"),
	/** Kata Containers under Firecracker; Podman knows it only when the machine's containers.conf names it. */
	KATA_FC(Sandbox.KATA_FC, "io.containerd.kata-fc.v2", "kata-fc");

	private final Sandbox sandbox;
	private final String compose;
	private final String podman;

	SandboxRuntimes(Sandbox sandbox, String compose, String podman) {
		this.sandbox = sandbox;
		this.compose = compose;
		this.podman = podman;
	}

	/** The runtime a Compose file names for the sandbox; empty for none. */
	public static Optional<String> compose(Sandbox sandbox) {
		return Arrays.stream(values()).filter(runtime -> runtime.sandbox == sandbox).findFirst().map(r -> r.compose);
	}

	/** The sandbox whose runtime a Compose file names, if any. */
	public static Optional<Sandbox> fromCompose(String runtime) {
		return Arrays.stream(values()).filter(r -> r.compose.equals(runtime)).findFirst().map(r -> r.sandbox);
	}

	/** Podman's name for the runtime a Compose file names, or that name itself when it is no sandbox's. */
	public static String podman(String composeRuntime) {
		return Arrays.stream(values()).filter(r -> r.compose.equals(composeRuntime)).findFirst().map(r -> r.podman)
				.orElse(composeRuntime);
	}
}
