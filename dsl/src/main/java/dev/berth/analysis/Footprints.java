package dev.berth.analysis;

import dev.berth.analysis.Amount.Unit;
import dev.berth.model.Figure;
import dev.berth.model.Overheads;
import dev.berth.model.Platform;
import dev.berth.model.Sizes;
import java.util.ArrayList;
import java.util.List;

/** Builds a workload's footprint in each form from its sizes and the platform's coefficients, formulas included. */
final class Footprints {

	private Footprints() {
	}

	/**
	 * A VM form: {@code instances x (guest + overhead)} of memory, {@code vCPUs x (1 + CPU overhead)}, its disks.
	 *
	 * @param guest the guest's memory, given or derived
	 * @param disks the VM's disks, all instances together
	 */
	static Footprint vm(Platform platform, Overheads.VmOverhead overhead, int instances, int vcpus, Amount guest,
			Amount disks, String osFreedom) {
		Amount each = Amount.sum(Unit.BYTES, List.of(guest, vmOverhead(platform.name(), overhead, vcpus,
				(long) guest.value())));
		return new Footprint(Platform.Form.VM, platform.name(), each.times(instances),
				cpu(platform, Amount.given(Unit.CORES, vcpus, "vCPU")).times(instances), disks,
				Amount.of(Unit.MILLIS, platform.startMillis(), "to boot (" + platform.name() + ")"),
				platform.isolationLevel(), platform.isolation(), osFreedom);
	}

	/**
	 * A container form, plain or sandboxed: {@code instances x (limit + overhead)} of memory, the cores
	 * with the platform's CPU overhead and any reserved per instance, the image and the data.
	 */
	static Footprint container(Platform platform, List<Overheads.ContainerOverhead> overheads, int instances,
			Amount limit, Amount cores, Amount disk, String osFreedom) {
		List<Amount> memoryParts = new ArrayList<>(List.of(limit));
		List<Amount> cpuParts = new ArrayList<>(List.of(cpu(platform, cores)));
		for (Overheads.ContainerOverhead overhead : overheads) {
			memoryParts.add(new Amount(Unit.BYTES, overhead.bytes(), Sizes.format(overhead.bytes()) + " "
					+ platform.name() + " " + overhead.what(), List.of(overhead.source())));
			if (overhead.cores() > 0) {
				cpuParts.add(new Amount(Unit.CORES, overhead.cores(), Amount.number(overhead.cores()) + " cores "
						+ platform.name() + " " + overhead.what(), List.of(overhead.source())));
			}
		}
		return new Footprint(platform.form(), platform.name(), Amount.sum(Unit.BYTES, memoryParts).times(instances),
				Amount.sum(Unit.CORES, cpuParts).times(instances), disk,
				Amount.of(Unit.MILLIS, platform.startMillis(), "to start (" + platform.name() + ")"),
				platform.isolationLevel(), platform.isolation(), osFreedom);
	}

	/** The cores with the platform's CPU overhead: {@code cores x (1 + overhead)}. */
	private static Amount cpu(Platform platform, Amount cores) {
		Figure overhead = platform.cpuOverhead();
		if (overhead.value() == 0) {
			return new Amount(Unit.CORES, cores.value(), cores.formula() + " (" + platform.name() + " adds no CPU overhead)",
					List.of(overhead.source()));
		}
		double total = cores.value() * (1 + overhead.value());
		return new Amount(Unit.CORES, total, Amount.number(cores.value()) + " x (1 + " + Amount.number(overhead.value())
				+ " " + platform.name() + " CPU overhead) = " + Unit.CORES.format(total), List.of(overhead.source()));
	}

	/** A hypervisor's memory overhead for one VM: {@code fixed + per vCPU x vCPUs + per GiB x guest GiB}. */
	static Amount vmOverhead(String hypervisor, Overheads.VmOverhead overhead, int vcpus, long guestBytes) {
		long bytes = overhead.bytes(vcpus, guestBytes);
		List<String> terms = new ArrayList<>();
		if (overhead.fixedMiB() != 0 || (overhead.perVcpuMiB() == 0 && overhead.perGuestGiBMiB() == 0)) {
			terms.add(Amount.number(overhead.fixedMiB()) + " MiB");
		}
		if (overhead.perVcpuMiB() != 0) {
			terms.add(Amount.number(overhead.perVcpuMiB()) + " MiB x " + vcpus + " vCPU");
		}
		if (overhead.perGuestGiBMiB() != 0) {
			terms.add(Amount.number(overhead.perGuestGiBMiB()) + " MiB x "
					+ Amount.number(Math.round(guestBytes * 1000.0 / Sizes.GIB) / 1000.0) + " GiB");
		}
		String formula = hypervisor + " overhead " + String.join(" + ", terms);
		boolean fixedOnly = overhead.perVcpuMiB() == 0 && overhead.perGuestGiBMiB() == 0;
		return new Amount(Unit.BYTES, bytes, fixedOnly ? formula : formula + " = " + Sizes.format(bytes),
				List.of(overhead.source()));
	}
}
