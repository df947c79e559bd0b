package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.Host;
import dev.berth.berth.Machine;
import dev.berth.model.MachineLoad;
import dev.berth.model.MachineLoad.Share;
import dev.berth.model.Machines;
import dev.berth.model.Sizes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.xtext.validation.Check;

/** The workloads on a machine fit its memory, CPU and disk, overcommit and per-instance overheads included. */
public class CapacityValidator extends ConcernValidator {

	@Check
	public void checkMemoryFitsHost(Machine machine) {
		long offered = Machines.memoryBytes(machine);
		MachineLoad load = MachineLoad.of(site(machine), machine);
		BigDecimal overcommit = Machines.memoryOvercommit(machine);
		BigDecimal capacity = BigDecimal.valueOf(offered).multiply(overcommit);
		if (offered == 0 || BigDecimal.valueOf(load.memoryBytes()).compareTo(capacity) <= 0) {
			return;
		}
		String shares = list(load.memoryShares(), each -> Sizes.format(each.longValue()));
		long neededDeclared = BigDecimal.valueOf(load.memoryBytes()).divide(overcommit, 0, RoundingMode.CEILING)
				.longValue();
		String suggestion = wholeGib(neededDeclared);
		report(machine, "needs " + distinct(load.memoryBytes(), offered) + " of memory but offers "
				+ distinct(offered, load.memoryBytes()) + offeredSuffix(machine, overcommit) + ": " + shares
				+ (shares.isEmpty() ? "" : ", ") + "overhead " + Sizes.format(load.overheadBytes()) + "; "
				+ advice(machine, "memory"), IssueCodes.CAPACITY_MEMORY, suggestion);
	}

	@Check
	public void checkCpuFitsHost(Machine machine) {
		BigDecimal offered = Machines.cores(machine);
		MachineLoad load = MachineLoad.of(site(machine), machine);
		BigDecimal overcommit = Machines.cpuOvercommit(machine);
		if (offered.signum() == 0 || load.cores().compareTo(offered.multiply(overcommit)) <= 0) {
			return;
		}
		String shares = list(load.cpuShares(), each -> plain(each) + " cpu");
		String suggestion = load.cores().divide(overcommit, 0, RoundingMode.CEILING).toPlainString();
		report(machine, "needs " + plain(load.cores()) + " cpus but offers " + plain(offered)
				+ offeredSuffix(machine, overcommit) + ": " + shares + "; " + advice(machine, "cpu"),
				IssueCodes.CAPACITY_CPU, suggestion);
	}

	@Check
	public void checkDiskFitsHost(Host host) {
		Optional<Long> offered = Machines.diskBytes(host);
		MachineLoad load = MachineLoad.of(site(host), host);
		if (offered.isEmpty() || offered.get() == 0 || load.diskBytes() <= offered.get()) {
			return;
		}
		String suggestion = wholeGib(load.diskBytes());
		report(host, "needs " + Sizes.format(load.diskBytes()) + " of disk for its VMs but offers "
				+ Sizes.format(offered.get()) + ": " + list(load.diskShares(), each -> Sizes.format(each.longValue()))
				+ "; raise disk or move a VM", IssueCodes.CAPACITY_DISK, suggestion);
	}

	@Check
	public void checkContainerHasMemoryLimit(Container container) {
		if (container.getMemory() == null) {
			warning(describe(container) + " has no memory limit, so its share of its machines cannot be checked "
					+ "and it may take all of it; add `memory 256 MiB` (or what it needs)", container,
					BerthPackage.Literals.ELEMENT__NAME, IssueCodes.CAPACITY_UNBOUNDED, container.getName());
		}
	}

	private void report(Machine machine, String problem, String code, String suggestion) {
		Element element = (Element) machine;
		error(describe(element) + " " + problem, element, BerthPackage.Literals.ELEMENT__NAME, code, element.getName(),
				suggestion);
	}

	private static String offeredSuffix(Machine machine, BigDecimal overcommit) {
		return machine instanceof Host ? " (overcommit " + overcommit.setScale(Math.max(1, overcommit.scale()))
				.toPlainString() + ")" : "";
	}

	private static String advice(Machine machine, String resource) {
		return machine instanceof Host ? "raise " + resource + ", add overcommit, or move a workload"
				: "raise its " + (resource.equals("cpu") ? "vcpu" : resource) + " or move a workload";
	}

	private static String list(List<Share> shares, Function<BigDecimal, String> format) {
		return shares.stream().filter(share -> share.each().signum() > 0).map(share -> kind(share.workload()) + " "
				+ share.workload().getName() + " " + (share.instances() == 1 ? "" : share.instances() + " x ")
				+ format.apply(share.each())).collect(Collectors.joining(", "));
	}

	/** A size readable beside another: in MiB when one decimal of the larger unit would show them equal. */
	private static String distinct(long bytes, long other) {
		return Sizes.format(bytes).equals(Sizes.format(other)) ? Math.round((double) bytes / Sizes.MIB) + " MiB"
				: Sizes.format(bytes);
	}

	/** A size rounded up to whole GiB, as a quick fix writes it: {@code 17 GiB}. */
	private static String wholeGib(long bytes) {
		return (bytes + Sizes.GIB - 1) / Sizes.GIB + " GiB";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
