package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.SshKey;
import dev.berth.berth.Vm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.xtext.validation.Check;

/**
 * The files a VM names for its seed (read by Berth, wherever they are) and its CD-ROMs (beside the
 * model) exist, and a key file holds no private key; its image, kernel and initrd are often put on
 * the host apart, so generate only warns about them.
 */
public class VmFileValidator extends BesideModelValidator {

	@Check
	public void checkUserDataExists(Vm vm) {
		readHere(vm, vm.getUserData()).ifPresent(path -> exists(vm, BerthPackage.Literals.VM__USER_DATA,
				INSIGNIFICANT_INDEX, "the user-data of " + describe(vm), vm.getUserData(), path, Expected.FILE));
	}

	@Check
	public void checkCdromsExist(Vm vm) {
		for (int i = 0; i < vm.getCdroms().size(); i++) {
			String cdrom = vm.getCdroms().get(i);
			int index = i;
			besideModel(vm, cdrom).ifPresent(path -> exists(vm, BerthPackage.Literals.VM__CDROMS, index,
					"the cdrom image of " + describe(vm), cdrom, path, Expected.FILE));
		}
	}

	@Check
	public void checkSshKeyFileExists(SshKey key) {
		if (key.eContainer() instanceof Vm vm) {
			readHere(key, key.getFile()).filter(path -> exists(key, BerthPackage.Literals.SSH_KEY__FILE,
					INSIGNIFICANT_INDEX, "the ssh-key file of " + describe(vm), key.getFile(), path, Expected.FILE))
					.filter(VmFileValidator::holdsPrivateKey)
					.ifPresent(path -> error("the ssh-key file of " + describe(vm) + ", " + key.getFile() + ", holds a "
							+ "private key, which the seed would hand to the guest and to whoever reads the output; name "
							+ "the public key (usually the same path ending in .pub)", key,
							BerthPackage.Literals.SSH_KEY__FILE, IssueCodes.VM_SSH_KEY_PRIVATE, key.getFile()));
		}
	}

	private static boolean holdsPrivateKey(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8).contains("PRIVATE KEY");
		} catch (IOException | UncheckedIOException e) {
			return false;
		}
	}
}
