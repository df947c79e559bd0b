package dev.berth.analysis;

import dev.berth.berth.Container;
import dev.berth.berth.Disk;
import dev.berth.berth.Vm;
import dev.berth.berth.Volume;
import dev.berth.model.Sizes;
import dev.berth.model.VmFiles;
import dev.berth.model.Volumes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The data a workload keeps when it changes form: a VM's disks other than root, a container's writable volumes. */
final class CarriedData {

	private CarriedData() {
	}

	/** A VM's data disks as amounts, carried as volumes of the same size into its container forms. */
	static List<Amount> disks(Vm vm) {
		return VmFiles.dataDisks(vm).stream().map(disk -> Amount.given(Amount.Unit.BYTES, Sizes.bytes(disk.getSize()),
				"volume from disk " + disk.getName())).toList();
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
		return dataVolumes(container).stream().filter(volume -> volume.getSize() != null)
				.map(volume -> Amount.given(Amount.Unit.BYTES, Volumes.sizeBytes(volume), "volume " + volume.getTarget()))
				.toList();
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
		List<Volume> sized = volumes.stream().filter(volume -> volume.getSize() != null).toList();
		List<Volume> unsized = volumes.stream().filter(volume -> volume.getSize() == null).toList();
		List<String> parts = new ArrayList<>();
		if (!sized.isEmpty()) {
			parts.add(sized.stream().map(volume -> volume.getTarget() + " (" + Sizes.format(Volumes.sizeBytes(volume)) + ")")
					.collect(Collectors.joining(", ")) + (sized.size() == 1 ? " becomes a data disk" : " become data disks")
					+ " of the same size in the VM form, counted in both forms");
		}
		if (!unsized.isEmpty()) {
			String them = unsized.size() == 1 ? "it" : "them";
			parts.add(unsized.stream().map(Volume::getTarget).collect(Collectors.joining(", "))
					+ (unsized.size() == 1 ? " becomes a data disk" : " become data disks") + " of the VM; the model gives "
					+ them + " no size, so neither form counts " + them + " (give the volume a `size`)");
		}
		return Optional.of("its data is kept: " + String.join("; ", parts));
	}

}
