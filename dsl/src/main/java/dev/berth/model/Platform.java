package dev.berth.model;

/**
 * A hypervisor, container runtime or sandboxed runtime as the comparison analysis sees it.
 *
 * @param name its keyword, such as {@code kvm}, {@code docker} or {@code gvisor}
 * @param form the form of the workloads it runs
 * @param cpuOverhead the fraction of CPU its instances lose to it
 * @param startMillis how long an instance takes to start
 * @param imageBytes the typical size of a Linux instance's image or disk
 * @param isolationLevel 1 shared kernel, 2 sandboxed kernel, 3 hardware virtualisation
 * @param isolation what separates its instances from each other and from the host
 */
public record Platform(String name, Form form, Figure cpuOverhead, Figure startMillis, Figure imageBytes,
		int isolationLevel, String isolation) {

	/** The three forms a workload can take. */
	public enum Form {
		/** A virtual machine with its own kernel. */
		VM("vm"),
		/** A container sharing its machine's kernel. */
		CONTAINER("container"),
		/** A container under a sandboxed runtime (gVisor, Kata Containers). */
		SANDBOXED("sandboxed container");

		private final String label;

		Form(String label) {
			this.label = label;
		}

		/** The form in words, as the reports write it. */
		public String label() {
			return label;
		}
	}
}
