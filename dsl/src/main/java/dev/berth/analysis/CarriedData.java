package dev.berth.analysis;

import dev.berth.berth.Container;
import dev.berth.berth.Disk;
import dev.berth.berth.Vm;
import dev.berth.berth.Volume;
import dev.berth.model.Sizes;
import dev.berth.model.VmFiles;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The data a workload keeps when it changes form: a VM's disks other than root, a container's writable volumes. */
final class CarriedData {

	private CarriedData() {
	}

	/** The bytes of a VM's data disks, carried as volumes of the same size into its container form. */
	static long bytes(Vm vm) {
		return VmFiles.dataDisks(vm).stream().map(Disk::getSize).mapToLong(Sizes::bytes).sum();
	}

	/** What happens to a VM's data in its container form, when it has data disks. */
	static Optional<String> asVolumes(Vm vm) {
		List<Disk> disks = VmFiles.dataDisks(vm);
		if (disks.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("its data is kept: " + disks.stream()
				.map(disk -> "disk " + disk.getName() + " (" + Sizes.format(Sizes.bytes(disk.getSize())) + ")")
				.collect(Collectors.joining(", ")) + (disks.size() == 1 ? " becomes a volume" : " become volumes")
				+ " of the same size, counted in both forms");
	}

	/** The sizes of a container's data volumes, one instance's, as amounts; volumes without a size count nothing. */
	static List<Amount> volumes(Container container) {
		return List.of();
	}

	/** The volumes of a container that hold its data: the writable ones. */
	static List<Volume> dataVolumes(Container container) {
		return container.getVolumes().stream().filter(volume -> !volume.isReadonly()).toList();
	}

	/** What happens to a container's data volumes in its VM form, when it has any. */
	static Optional<String> asDisks(Container container) {
		List<Volume> volumes = dataVolumes(container);
		if (volumes.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("its data is kept: " + volumes.stream().map(Volume::getTarget).collect(Collectors.joining(", "))
				+ (volumes.size() == 1 ? " becomes a data disk" : " become data disks") + " of the VM; the model gives "
				+ (volumes.size() == 1 ? "it" : "them") + " no size, so neither form counts "
				+ (volumes.size() == 1 ? "it" : "them"));
	}
}
