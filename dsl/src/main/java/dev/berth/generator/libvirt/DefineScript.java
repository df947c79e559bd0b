package dev.berth.generator.libvirt;

import dev.berth.berth.Hypervisor;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Vm;
import dev.berth.generator.ScriptText;
import dev.berth.generator.Shell;
import dev.berth.model.HostNames;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import dev.berth.model.Sizes;
import dev.berth.model.VmFile;
import dev.berth.model.VmFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code define.sh} of one machine: copies the model's files into the machine's storage, creates
 * missing disks, builds and copies the cloud-init seeds, then defines the networks and domains,
 * marks autostart ones, and starts them.
 */
final class DefineScript {

	private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "::1");

	/** A shell command that copies $1 to $2 unless $2 exists. */
	private static final String COPY_UNLESS_THERE = "if [ ! -e \"$2\" ]; then exec cp \"$1\" \"$2\"; fi";

	/** Builds a NoCloud ISO from a seed folder with cloud-localds, xorriso or genisoimage, whichever is there. */
	private static final String SEED_HELPER = """

			make_seed() {
			  if "$dry_run"; then
			    printf 'build the cloud-init seed %s from %s\\n' "$2" "$1"
			  elif command -v cloud-localds >/dev/null; then
			    cloud-localds -N "$1/network-config" "$2" "$1/user-data" "$1/meta-data"
			  elif command -v xorriso >/dev/null; then
			    xorriso -as mkisofs -quiet -output "$2" -volid cidata -joliet -rock "$1/user-data" "$1/meta-data" "$1/network-config"
			  elif command -v genisoimage >/dev/null; then
			    genisoimage -quiet -output "$2" -volid cidata -joliet -rock "$1/user-data" "$1/meta-data" "$1/network-config"
			  else
			    echo "building the cloud-init seed $2 needs cloud-localds (package cloud-image-utils), xorriso or genisoimage" >&2
			    exit 1
			  fi
			}""";

	private DefineScript() {
	}

	/** The libvirt connection URI of a machine's hypervisor. */
	static String uri(Machine machine) {
		String address = HostNames.uriHost(Machines.address(machine));
		return switch (Machines.hypervisor(machine)) {
			case ESXI -> "esx://" + address;
			case HYPERV -> "hyperv://" + address;
			case XEN -> "xen+ssh://" + address + "/system";
			default -> "qemu+ssh://" + address + "/system";
		};
	}

	static String render(Site site, Machine machine, List<Network> networks, List<Vm> vms) {
		String address = Machines.address(machine);
		boolean local = LOCAL.contains(address);
		ScriptText script = new ScriptText("Defines and starts the networks and VMs of " + Machines.name(machine)
				+ " in libvirt. Set LIBVIRT_DEFAULT_URI to use another connection.");
		script.raw("uri=${LIBVIRT_DEFAULT_URI:-" + Shell.quote(uri(machine)) + "}");
		script.raw("\nstart_network() {\n  if \"$dry_run\" || ! virsh -c \"$uri\" net-info \"$1\" | grep -E '^Active: +yes' >/dev/null; then\n"
				+ "    run virsh -c \"$uri\" net-start \"$1\"\n  fi\n}");
		script.raw("\nstart_domain() {\n  if \"$dry_run\" || ! virsh -c \"$uri\" domstate \"$1\" | grep running >/dev/null; then\n"
				+ "    run virsh -c \"$uri\" start \"$1\"\n  fi\n}");
		boolean fileOperations = Machines.hypervisor(machine) != Hypervisor.HYPERV;
		boolean seeds = DomainXml.isQemu(Machines.hypervisor(machine))
				&& vms.stream().anyMatch(vm -> CloudInitSeed.of(site, vm).isPresent());
		if (seeds) {
			script.raw(SEED_HELPER);
		}
		for (Vm vm : vms) {
			if (fileOperations) {
				files(script, machine, vm, address, local);
			}
			if (seeds) {
				CloudInitSeed.of(site, vm).ifPresent(seed -> seed(script, vm, seed, address, local));
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
				script.run(local ? copyUnlessThere(source, target) : List.of("scp", source, address + ":" + target));
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

	/**
	 * Builds a seed's ISO (labelled {@code cidata}) in a temporary folder with the first tool found
	 * and copies it to the VM's folder, under a name that changes with the seed, unless it is there.
	 */
	private static void seed(ScriptText script, Vm vm, CloudInitSeed seed, String address, boolean local) {
		String iso = seed.isoPath(vm);
		script.comment("cloud-init seed of vm " + vm.getName());
		onMachine(script, address, local, List.of("mkdir", "-p", VmFiles.folder(vm)));
		script.raw("seed_iso=$(mktemp -d)/seed.iso");
		script.raw("make_seed " + Shell.quote(vm.getName() + ".seed") + " \"$seed_iso\"");
		script.raw(local ? "run " + ScriptText.words(List.of("sh", "-c", COPY_UNLESS_THERE, "sh")) + " \"$seed_iso\" "
				+ Shell.quote(iso) : "run scp \"$seed_iso\" " + Shell.quote(address + ":" + iso));
		script.raw("rm -rf \"$(dirname \"$seed_iso\")\"");
	}

	/**
	 * Copies a file unless its target exists, so that a copied image is never overwritten ({@code cp -n}
	 * would do, but exits 1 on a skipped file in coreutils 9.2 to 9.4).
	 */
	private static List<String> copyUnlessThere(String source, String target) {
		return List.of("sh", "-c", COPY_UNLESS_THERE, "sh", source, target);
	}

	/** Runs a command on the machine: directly when it is this one, else over ssh with the words quoted again. */
	private static void onMachine(ScriptText script, String address, boolean local, List<String> words) {
		script.run(local ? words : List.of("ssh", address, ScriptText.words(words)));
	}
}
