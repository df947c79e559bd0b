package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Vm;
import dev.berth.model.CloudConfig;
import dev.berth.model.Machines;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/** Cloud-init seeds reach Linux guests only, and a VM's user-data file is one cloud-init takes. */
public class CloudInitValidator extends BesideModelValidator {

	@Check
	public void checkSeedIsRead(Vm vm) {
		OsFamily family = Machines.os(vm.getOs()).family();
		if (family == OsFamily.LINUX) {
			return;
		}
		for (int i = 0; i < vm.getSshKeys().size(); i++) {
			seedIgnored(vm, family, "this ssh-key", BerthPackage.Literals.VM__SSH_KEYS, i);
		}
		if (vm.getUserData() != null) {
			seedIgnored(vm, family, "its user-data", BerthPackage.Literals.VM__USER_DATA, INSIGNIFICANT_INDEX);
		}
	}

	private void seedIgnored(Vm vm, OsFamily family, String what, EStructuralFeature feature,
			int index) {
		warning(describe(vm) + " runs " + family.getLiteral() + ", which reads no cloud-init seed, so Berth writes "
				+ "none and " + what + " is ignored; set it up in the VM's image instead (on windows, cloudbase-init "
				+ "can), or remove it", vm, feature, index, IssueCodes.VM_SEED_IGNORED, vm.getName(), family.getLiteral());
	}

	@Check
	public void checkUserDataIsCloudConfig(Vm vm) {
		String userData = vm.getUserData();
		if (userData == null || Machines.os(vm.getOs()).family() != OsFamily.LINUX) {
			return;
		}
		Optional<Path> file = userData.startsWith("/") ? Optional.of(Path.of(userData)) : besideModel(vm, userData);
		Optional<String> problem = file.filter(Files::isRegularFile).flatMap(CloudInitValidator::problemOf);
		if (problem.isPresent()) {
			error("the user-data of " + describe(vm) + ", " + userData + ", is not a " + CloudConfig.HEADER
					+ " YAML mapping: " + problem.get(), vm, BerthPackage.Literals.VM__USER_DATA,
					IssueCodes.VM_USER_DATA_INVALID, userData, problem.get());
		}
	}

	/** What keeps a local file from being cloud-config, when something does. */
	private static Optional<String> problemOf(Path file) {
		try {
			return CloudConfig.problem(Files.readString(file, StandardCharsets.UTF_8));
		} catch (CharacterCodingException e) {
			return Optional.of("it is not UTF-8 text; save it as UTF-8");
		} catch (IOException e) {
			return Optional.of("it cannot be read (" + e.getMessage() + "); make it readable");
		}
	}
}
