package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Disk;
import dev.berth.berth.Host;
import dev.berth.berth.Size;
import dev.berth.berth.Vm;
import dev.berth.berth.Volume;
import dev.berth.model.Sizes;
import java.math.BigDecimal;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/** No size, cpu, vcpu, overcommit factor or replica count is zero. */
public class SizeValidator extends ConcernValidator {

	@Check
	public void checkHostSizesAreNotZero(Host host) {
		checkNumber(host, host.getCpu(), BerthPackage.Literals.HOST__CPU, "cpu of " + describe(host), "16 cores");
		checkSize(host, host.getMemory(), BerthPackage.Literals.HOST__MEMORY, "memory of " + describe(host));
		checkSize(host, host.getDisk(), BerthPackage.Literals.HOST__DISK, "disk of " + describe(host));
		if (host.getOvercommit() != null) {
			checkNumber(host.getOvercommit(), host.getOvercommit().getCpu(), BerthPackage.Literals.OVERCOMMIT__CPU,
					"cpu overcommit of " + describe(host), "1.0");
			checkNumber(host.getOvercommit(), host.getOvercommit().getMemory(), BerthPackage.Literals.OVERCOMMIT__MEMORY,
					"memory overcommit of " + describe(host), "1.0");
		}
	}

	@Check
	public void checkVmSizesAreNotZero(Vm vm) {
		checkCount(vm, vm.getVcpu(), BerthPackage.Literals.VM__VCPU, "vcpu of " + describe(vm), "2");
		checkSize(vm, vm.getMemory(), BerthPackage.Literals.VM__MEMORY, "memory of " + describe(vm));
	}

	@Check
	public void checkDiskSizeIsNotZero(Disk disk) {
		checkSize(disk, disk.getSize(), BerthPackage.Literals.DISK__SIZE, "disk " + disk.getName());
	}

	@Check
	public void checkVolumeSizeIsNotZero(Volume volume) {
		checkSize(volume, volume.getSize(), BerthPackage.Literals.VOLUME__SIZE, "size of volume " + volume.getSource());
	}

	@Check
	public void checkContainerSizesAreNotZero(Container container) {
		checkNumber(container, container.getCpu(), BerthPackage.Literals.CONTAINER__CPU, "cpu of " + describe(container),
				"0.5");
		checkSize(container, container.getMemory(), BerthPackage.Literals.CONTAINER__MEMORY,
				"memory of " + describe(container));
		checkCount(container, container.getReplicas(), BerthPackage.Literals.CONTAINER__REPLICAS,
				"replicas of " + describe(container), "1");
	}

	private void checkSize(EObject owner, Size size, EStructuralFeature feature, String what) {
		if (size != null && size.getValue() != null && Sizes.bytes(size) == 0) {
			zero(owner, feature, what, "such as 1 GiB");
		}
	}

	private void checkNumber(EObject owner, BigDecimal value, EStructuralFeature feature, String what, String example) {
		if (value != null && value.signum() == 0) {
			zero(owner, feature, what, "such as " + example);
		}
	}

	private void checkCount(EObject owner, Integer value, EStructuralFeature feature, String what, String example) {
		if (value != null && value == 0) {
			zero(owner, feature, what, "such as " + example);
		}
	}

	private void zero(EObject owner, EStructuralFeature feature, String what, String example) {
		error("the " + what + " is zero; give it a value above zero, " + example, owner, feature, IssueCodes.SIZE_ZERO);
	}
}
