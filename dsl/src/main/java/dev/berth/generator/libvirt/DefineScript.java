package dev.berth.generator.libvirt;

import dev.berth.berth.Hypervisor;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Vm;
import dev.berth.generator.ScriptText;
import dev.berth.generator.Shell;
import dev.berth.model.Machines;
import dev.berth.model.Sizes;
import dev.berth.model.VmFile;
import dev.berth.model.VmFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code define.sh} of one machine: copies the model's files into the machine's storage, creates
 * missing disks, then defines the networks and domains, marks autostart ones, and starts them.
 */
final class DefineScript {

	private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "::1");

	private DefineScript() {
	}

	/** The libvirt connection URI of a machine's hypervisor. */
	static String uri(Machine machine) {
		String address = Machines.address(machine);
		return switch (Machines.hypervisor(machine)) {
			case ESXI -> "esx://" + address;
			case HYPERV -> "hyperv://" + address;
			case XEN -> "xen+ssh://" + address + "/system";
			default -> "qemu+ssh://" + address + "/system";
		};
	}

	static String render(Machine machine, List<Network> networks, List<Vm> vms) {
		String address = Machines.address(machine);
		boolean local = LOCAL.contains(address);
		ScriptText script = new ScriptText("Defines and starts the networks and VMs of " + Machines.name(machine)
				+ " in libvirt. Set LIBVIRT_DEFAULT_URI to use another connection.");
		script.raw("uri=${LIBVIRT_DEFAULT_URI:-" + Shell.quote(uri(machine)) + "}");
		script.raw("\nstart_network() {\n  if \"$dry_run\" || ! virsh -c \"$uri\" net-info \"$1\" | grep -Eq '^Active: +yes'; then\n"
				+ "    run virsh -c \"$uri\" net-start \"$1\"\n  fi\n}");
		script.raw("\nstart_domain() {\n  if \"$dry_run\" || ! virsh -c \"$uri\" domstate \"$1\" | grep -q running; then\n"
				+ "    run virsh -c \"$uri\" start \"$1\"\n  fi\n}");
		boolean fileOperations = Machines.hypervisor(machine) != Hypervisor.HYPERV;
		for (Vm vm : vms) {
			if (fileOperations) {
				files(script, machine, vm, address, local);
			}
		}
		for (Network network : networks) {
			script.comment("network " + network.getName());
			script.raw("run virsh -c \"$uri\" net-define " + Shell.quote("networks/" + network.getName() + ".xml"));
			script.raw("run virsh -c \"$uri\" net-autostart " + Shell.quote(network.getName()));
			script.raw("start_network " + Shell.quote(network.getName()));
		}
		for (Vm vm : vms) {
			script.comment("vm " + vm.getName());
			script.raw("run virsh -c \"$uri\" define " + Shell.quote(vm.getName() + ".xml"));
			if (vm.isAutostart()) {
				script.raw("run virsh -c \"$uri\" autostart " + Shell.quote(vm.getName()));
			}
			script.raw("start_domain " + Shell.quote(vm.getName()));
		}
		return script.toString();
	}

	private static void files(ScriptText script, Machine machine, Vm vm, String address, boolean local) {
		List<VmFile> files = VmFiles.files(vm);
		if (files.stream().allMatch(f -> f.copyFrom().isEmpty() && !f.create())) {
			return;
		}
		boolean esxi = Machines.hypervisor(machine) == Hypervisor.ESXI;
		String folder = esxi ? "/vmfs/volumes/" + Machines.storage(machine) + "/" + vm.getName() : VmFiles.folder(vm);
		script.comment("files of vm " + vm.getName());
		onMachine(script, address, local, List.of("mkdir", "-p", folder));
		for (VmFile file : files) {
			String target = esxi ? folder + "/" + file.name() + (file.kind() == VmFile.Kind.DISK ? ".vmdk" : "")
					: file.hostPath();
			if (file.copyFrom().isPresent()) {
				String source = file.copyFrom().get().toString();
				script.run(local ? List.of("cp", "-n", source, target) : List.of("scp", source, address + ":" + target));
			} else if (file.create()) {
				long bytes = Sizes.bytes(vm.getDisks().stream().filter(d -> d.getName().equals(file.name())).findFirst()
						.orElseThrow().getSize());
				List<String> create = esxi ? List.of("vmkfstools", "-c", bytes + "", "-d", "thin", target)
						: List.of("qemu-img", "create", "-f", target.endsWith(".img") ? "raw" : "qcow2", target, bytes + "");
				List<String> guarded = new ArrayList<>(List.of("sh", "-c", "if [ ! -e \"$1\" ]; then shift; exec \"$@\"; fi", "sh", target));
				guarded.addAll(create);
				onMachine(script, address, local, guarded);
			}
		}
	}

	/** Runs a command on the machine: directly when it is this one, else over ssh with the words quoted again. */
	private static void onMachine(ScriptText script, String address, boolean local, List<String> words) {
		script.run(local ? words : List.of("ssh", address, ScriptText.words(words)));
	}
}
