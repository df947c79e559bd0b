package dev.berth.model;

import dev.berth.berth.Container;
import dev.berth.berth.Disk;
import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.berth.Vm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the workloads placed on a machine ask of it: memory (their own plus the per-instance
 * overheads of the machine's hypervisor and runtime, or of a container's sandbox, as the site's
 * coefficients give them), CPU, and the disk of its VMs.
 */
public final class MachineLoad {

	/**
	 * One workload's share of a resource on the machine.
	 *
	 * @param instances how many instances of the workload run there
	 * @param each what one instance takes: bytes for memory and disk, cores for CPU
	 */
	public record Share(Element workload, int instances, BigDecimal each) {

		/** What all its instances take. */
		public BigDecimal total() {
			return each.multiply(BigDecimal.valueOf(instances));
		}
	}

	private final List<Share> memory = new ArrayList<>();
	private final List<Share> cpu = new ArrayList<>();
	private final List<Share> disk = new ArrayList<>();
	private long overheadBytes;

	private MachineLoad() {
	}

	/** The load of a machine in a site. */
	public static MachineLoad of(Site site, Machine machine) {
		MachineLoad load = new MachineLoad();
		Coefficients coefficients = Coefficients.of(site);
		for (Vm vm : site.vmsOn(machine)) {
			long bytes = Machines.memoryBytes(vm);
			int vcpus = vm.getVcpu() == null ? 0 : vm.getVcpu();
			load.memory.add(new Share(vm, 1, BigDecimal.valueOf(bytes)));
			load.cpu.add(new Share(vm, 1, BigDecimal.valueOf(vcpus)));
			load.disk.add(new Share(vm, 1, BigDecimal.valueOf(diskBytes(vm))));
			load.overheadBytes += coefficients.vmOverhead(Machines.hypervisor(machine)).bytes(vcpus, bytes);
		}
		for (Site.Instances instances : site.containersOn(machine)) {
			Container container = instances.container();
			int count = instances.placement().instances();
			if (count == 0) {
				continue;
			}
			if (container.getMemory() != null) {
				load.memory.add(new Share(container, count, BigDecimal.valueOf(Sizes.bytes(container.getMemory()))));
			}
			if (container.getCpu() != null) {
				load.cpu.add(new Share(container, count, container.getCpu()));
			}
			load.overheadBytes += coefficients.containerOverheadBytes(Machines.runtime(machine), container.getSandbox(),
					Machines.kernel(machine)) * count;
		}
		return load;
	}

	private static long diskBytes(Vm vm) {
		return vm.getDisks().stream().map(Disk::getSize).mapToLong(Sizes::bytes).sum();
	}

	/** The memory shares of the workloads, without overheads. */
	public List<Share> memoryShares() {
		return memory;
	}

	/** The overhead of all instances on the machine, in bytes. */
	public long overheadBytes() {
		return overheadBytes;
	}

	/** Memory needed in all: the shares plus the overheads, in bytes. */
	public long memoryBytes() {
		return sum(memory).longValue() + overheadBytes;
	}

	/** The CPU shares: vCPUs of VMs, cpu limits of containers. */
	public List<Share> cpuShares() {
		return cpu;
	}

	/** CPU needed in all, in cores. */
	public BigDecimal cores() {
		return sum(cpu);
	}

	/** The disk shares: the disks of each VM. */
	public List<Share> diskShares() {
		return disk;
	}

	/** Disk needed in all, in bytes. */
	public long diskBytes() {
		return sum(disk).longValue();
	}

	private static BigDecimal sum(List<Share> shares) {
		return shares.stream().map(Share::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
