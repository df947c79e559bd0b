package dev.berth.validation;

/** The diagnostic codes of the language contract, spelled exactly as the contract spells them. */
public final class IssueCodes {

	/** Text that does not follow the grammar, or a file that is not valid UTF-8. */
	public static final String SYNTAX = "syntax";
	/** Two elements of one deployment, or two machines anywhere, share a name. */
	public static final String NAME_DUPLICATE = "name.duplicate";
	/** A name that resolves to nothing in scope. */
	public static final String REFERENCE_UNRESOLVED = "reference.unresolved";
	/** A container or balancer on a machine with no container runtime. */
	public static final String PLACEMENT_NO_RUNTIME = "placement.no-runtime";
	/** A VM on a machine with no hypervisor. */
	public static final String PLACEMENT_NO_HYPERVISOR = "placement.no-hypervisor";
	/** A container whose OS family differs from its machine's kernel. */
	public static final String KERNEL_MISMATCH = "kernel.mismatch";
	/** A hypervisor that does not run on its machine's OS. */
	public static final String HYPERVISOR_HOST_OS = "hypervisor.host-os";
	/** A container runtime that does not run on its machine's OS. */
	public static final String RUNTIME_HOST_OS = "runtime.host-os";
	/** A machine's workloads need more memory than it offers. */
	public static final String CAPACITY_MEMORY = "capacity.memory";
	/** A machine's workloads need more CPU than it offers. */
	public static final String CAPACITY_CPU = "capacity.cpu";
	/** A host's VM disks need more disk than it declares. */
	public static final String CAPACITY_DISK = "capacity.disk";
	/** A container without a memory limit. */
	public static final String CAPACITY_UNBOUNDED = "capacity.unbounded";
	/** A port of 0 or above 65535, or a reversed range. */
	public static final String PORT_INVALID = "port.invalid";
	/** Two publishers of one host port and protocol on one machine. */
	public static final String PORT_CONFLICT = "port.conflict";
	/** A subnet that is not an IPv4 or IPv6 CIDR. */
	public static final String NETWORK_SUBNET_INVALID = "network.subnet-invalid";
	/** Two networks whose subnets overlap. */
	public static final String NETWORK_SUBNET_OVERLAP = "network.subnet-overlap";
	/** A fixed IP outside its network's subnet. */
	public static final String NETWORK_IP_OUTSIDE = "network.ip-outside";
	/** Two interfaces with one fixed IP, or a fixed IP equal to the gateway. */
	public static final String NETWORK_IP_DUPLICATE = "network.ip-duplicate";
	/** Workloads that depend on each other in a cycle. */
	public static final String DEPENDS_CYCLE = "depends.cycle";
	/** A balancer with no targets. */
	public static final String BALANCER_NO_TARGETS = "balancer.no-targets";
	/** A target instance on another machine with no host port publishing its container port at that machine's address. */
	public static final String BALANCER_UNREACHABLE = "balancer.unreachable";
	/** A balancer whose targets add up to one instance. */
	public static final String BALANCER_SINGLE_INSTANCE = "balancer.single-instance";
	/** A balancer whose target instances all sit on one host. */
	public static final String BALANCER_SINGLE_HOST = "balancer.single-host";
	/** An image that is not a valid Docker image reference. */
	public static final String IMAGE_INVALID = "image.invalid";
	/** An image with neither tag nor digest, or the tag latest. */
	public static final String IMAGE_LATEST = "image.latest";
	/** A privileged container. */
	public static final String SECURITY_PRIVILEGED = "security.privileged";
	/** A container that runs as root. */
	public static final String SECURITY_ROOT_USER = "security.root-user";
	/** An environment variable that holds a secret in plain text. */
	public static final String SECURITY_PLAINTEXT_SECRET = "security.plaintext-secret";
	/** A VM with a graphical console. */
	public static final String SECURITY_GRAPHICS_EXPOSED = "security.graphics-exposed";
	/** A size, cpu, vcpu or replica count of zero. */
	public static final String SIZE_ZERO = "size.zero";
	/** {@code depends on X healthy} where X has no health check. */
	public static final String DEPENDS_NOT_HEALTHY = "depends.not-healthy";
	/** {@code depends on X completed} where X never exits for good. */
	public static final String DEPENDS_NEVER_COMPLETES = "depends.never-completes";
	/** {@code depends on} that orders two machines both ways. */
	public static final String DEPENDS_MACHINE_CYCLE = "depends.machine-cycle";
	/** An environment variable name that is not {@code [A-Za-z_][A-Za-z0-9_]*}. */
	public static final String ENV_NAME_INVALID = "env.name-invalid";
	/** An address or listen address that is neither an IP literal nor a host name. */
	public static final String ADDRESS_INVALID = "address.invalid";
	/** A file or folder beside the model that does not exist. */
	public static final String FILE_MISSING = "file.missing";
	/** A named volume whose name Compose rejects. */
	public static final String VOLUME_NAME_INVALID = "volume.name-invalid";
	/** A size on a bind mount, whose size is the host file system's (an addition to the contract). */
	public static final String VOLUME_SIZE_ON_BIND = "volume.size-on-bind";
	/** A container or balancer named like a generated service of another container. */
	public static final String NAME_SERVICE_CLASH = "name.service-clash";
	/** A container with neither image nor build. */
	public static final String IMAGE_NONE = "image.none";
	/** A capability that Linux does not have. */
	public static final String SECURITY_CAP_UNKNOWN = "security.cap-unknown";
	/** An added capability that makes a container nearly privileged. */
	public static final String SECURITY_CAP_DANGEROUS = "security.cap-dangerous";
	/** A container port published on all host addresses beside the balancer in front of it. */
	public static final String SECURITY_PORT_ALL_INTERFACES = "security.port-all-interfaces";
	/** A network in bridge mode that names no bridge of the host. */
	public static final String NETWORK_NO_BRIDGE = "network.no-bridge";
	/** A MAC that is not six hex pairs separated by colons, or a multicast one. */
	public static final String NETWORK_MAC_INVALID = "network.mac-invalid";
	/** A given MAC that another interface of the site gives or generates too. */
	public static final String NETWORK_MAC_DUPLICATE = "network.mac-duplicate";
	/** A network's dns server that is not an IPv4 or IPv6 address (an addition to the contract). */
	public static final String NETWORK_DNS_INVALID = "network.dns-invalid";
	/** An ssh-key or user-data on a VM whose OS reads no cloud-init seed. */
	public static final String VM_SEED_IGNORED = "vm.seed-ignored";
	/** A user-data file that is not a #cloud-config YAML mapping. */
	public static final String VM_USER_DATA_INVALID = "vm.user-data-invalid";
	/** A container property that the lxc runtime cannot honour. */
	public static final String RUNTIME_LXC_UNSUPPORTED = "runtime.lxc-unsupported";

	/** A second host with {@code connection local}: only one can be the machine that runs the deployment. */
	public static final String HOST_LOCAL_DUPLICATE = "host.local-duplicate";

	/** An ssh-key file that holds a private key. */
	public static final String VM_SSH_KEY_PRIVATE = "vm.ssh-key-private";

	private IssueCodes() {
	}
}
