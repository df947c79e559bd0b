package dev.berth.model;

import dev.berth.berth.Disk;
import dev.berth.berth.DiskFormat;
import dev.berth.berth.KernelBoot;
import dev.berth.berth.Machine;
import dev.berth.berth.Vm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the files of a VM live on its host. An absolute path is used as it is; a relative one
 * names a file beside the model, copied to {@code STORAGE/VM/} (a disk image under the disk's name,
 * a kernel, initrd or CD-ROM image under its own); a disk without image is created there as
 * {@code DISK.qcow2} or {@code DISK.img}.
 */
public final class VmFiles {

	/** The name of the disk that holds a VM's OS; every other disk holds its data. */
	private static final String ROOT_DISK = "root";

	private VmFiles() {
	}

	/** Whether the disk of that name holds data (kept on destroy, carried as a volume) rather than the OS. */
	public static boolean isDataDisk(String name) {
		return !ROOT_DISK.equals(name);
	}

	/** The disks of a VM that hold its data: every disk but the root disk. */
	public static List<Disk> dataDisks(Vm vm) {
		return vm.getDisks().stream().filter(disk -> isDataDisk(disk.getName())).toList();
	}

	/** The VM's disks, its CD-ROMs, then its kernel and initrd when it boots one directly. */
	public static List<VmFile> files(Vm vm) {
		List<VmFile> files = new ArrayList<>();
		for (Disk disk : vm.getDisks()) {
			files.add(disk(vm, disk));
		}
		for (int i = 0; i < vm.getCdroms().size(); i++) {
			files.add(bootFile(vm, VmFile.Kind.CDROM, "cdrom" + (i + 1), vm.getCdroms().get(i)));
		}
		KernelBoot kernel = vm.getKernel();
		if (kernel != null && kernel.getPath() != null) {
			files.add(bootFile(vm, VmFile.Kind.KERNEL, "kernel", kernel.getPath()));
			if (kernel.getInitrd() != null) {
				files.add(bootFile(vm, VmFile.Kind.INITRD, "initrd", kernel.getInitrd()));
			}
		}
		return files;
	}

	/** The file of one disk of a VM. */
	public static VmFile disk(Vm vm, Disk disk) {
		String image = disk.getImage();
		if (image != null && isAbsolute(image)) {
			return new VmFile(VmFile.Kind.DISK, disk.getName(), image, Optional.empty(), false);
		}
		String hostPath = folder(vm) + "/" + disk.getName() + extension(disk.getFormat());
		Optional<Path> source = image == null ? Optional.empty() : Optional.of(besideModel(vm, image));
		return new VmFile(VmFile.Kind.DISK, disk.getName(), hostPath, source, image == null);
	}

	/** A file that is copied as it is: a kernel, an initrd, a CD-ROM image. */
	private static VmFile bootFile(Vm vm, VmFile.Kind kind, String name, String path) {
		if (isAbsolute(path)) {
			return new VmFile(kind, name, path, Optional.empty(), false);
		}
		String hostPath = folder(vm) + "/" + Path.of(path).getFileName();
		return new VmFile(kind, name, hostPath, Optional.of(besideModel(vm, path)), false);
	}

	/** The folder of a VM's own files on its host: {@code STORAGE/VM}. */
	public static String folder(Vm vm) {
		Machine machine = vm.getMachine();
		String storage = machine == null || machine.eIsProxy() ? Machines.DEFAULT_STORAGE : Machines.storage(machine);
		return (storage.equals("/") ? "" : storage) + "/" + vm.getName();
	}

	private static String extension(DiskFormat format) {
		return format == DiskFormat.RAW ? ".img" : ".qcow2";
	}

	private static boolean isAbsolute(String path) {
		return path.startsWith("/");
	}

	private static Path besideModel(Vm vm, String relative) {
		return ModelPaths.resolve(vm, relative);
	}
}
