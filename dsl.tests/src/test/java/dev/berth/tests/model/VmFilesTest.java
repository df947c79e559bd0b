package dev.berth.tests.model;

import static dev.berth.tests.support.ModelFixture.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Inject;
import dev.berth.berth.Deployment;
import dev.berth.berth.Vm;
import dev.berth.model.VmFile;
import dev.berth.model.VmFile.Kind;
import dev.berth.model.VmFiles;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** VM files land in the host's storage folder; relative paths are copied from beside the model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class VmFilesTest {

	@Inject
	private ModelFixture fixture;

	@Test
	void everyFileOfAVmHasAnAbsoluteHostPath() {
		Deployment deployment = fixture.parse("""
				deployment d
				host h { hypervisor kvm storage "/srv/vms" }
				vm db on h {
				    disk root 40 GiB image "images/ubuntu.qcow2"
				    disk data 200 GiB format raw
				    disk shared 10 GiB image "/mnt/images/shared.img" format raw
				    kernel "boot/vmlinuz" initrd "/boot/initrd.img"
				}
				""");
		List<VmFile> files = VmFiles.files(element(deployment, "db", Vm.class));
		Path models = Path.of(ModelFixture.FOLDER);
		assertEquals(List.of(
				new VmFile(Kind.DISK, "root", "/srv/vms/db/root.qcow2", Optional.of(models.resolve("images/ubuntu.qcow2")), false),
				new VmFile(Kind.DISK, "data", "/srv/vms/db/data.img", Optional.empty(), true),
				new VmFile(Kind.DISK, "shared", "/mnt/images/shared.img", Optional.empty(), false),
				new VmFile(Kind.KERNEL, "kernel", "/srv/vms/db/vmlinuz", Optional.of(models.resolve("boot/vmlinuz")), false),
				new VmFile(Kind.INITRD, "initrd", "/boot/initrd.img", Optional.empty(), false)), files);
	}

	@Test
	void theDefaultStorageIsLibvirtsImagesFolder() {
		Vm vm = element(fixture.parse("""
				deployment d
				host h { hypervisor kvm }
				vm v on h { disk root 1 GiB }
				"""), "v", Vm.class);
		assertEquals("/var/lib/libvirt/images/berth/v", VmFiles.folder(vm));
		assertEquals("/var/lib/libvirt/images/berth/v/root.qcow2", VmFiles.disk(vm, vm.getDisks().get(0)).hostPath());
	}
}
