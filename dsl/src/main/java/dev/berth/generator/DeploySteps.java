package dev.berth.generator;

import dev.berth.berth.Container;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Runtime;
import dev.berth.berth.Secret;
import dev.berth.berth.SecretSource;
import dev.berth.berth.Vm;
import dev.berth.generator.docker.LxcGenerator;
import dev.berth.generator.libvirt.LibvirtGenerator;
import dev.berth.model.HostNames;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The commands that bring one machine's workloads up or down, for the site scripts. */
final class DeploySteps {

	static final String HELPERS = """

			run_script() {
			  if "$dry_run"; then
			    bash "$1" --dry-run
			  else
			    bash "$1"
			  fi
			}

			write_secret() {
			  if "$dry_run"; then
			    printf 'write the value of $%s to %s, readable by its owner only\\n' "$2" "$1"
			    return
			  fi
			  if [[ -z ${!2+set} ]]; then
			    echo "the environment variable $2 is not set; it holds a secret that $1 needs" >&2
			    exit 1
			  fi
			  mkdir -p "$(dirname "$1")"
			  (umask 077 && printf '%s' "${!2}" >"$1")
			}""";

	private DeploySteps() {
	}

	/** Copies the files the Compose file names into its folder, writes the env secrets, then starts the containers. */
	static void up(ScriptText script, Site site, Machine machine) {
		String name = PathSegments.of(Machines.name(machine));
		if (Machines.runtime(machine) == Runtime.LXC) {
			lxc(script, site, machine, true);
			return;
		}
		for (DeployLayout.Copy copy : DeployLayout.copies(site, machine)) {
			String target = copy.target().replaceAll("/+$", "");
			script.run("mkdir", "-p", target.substring(0, target.lastIndexOf('/')));
			script.run("cp", "-R", "-T", copy.source().toString(), target);
		}
		for (Secret secret : envSecrets(site, machine)) {
			script.raw("write_secret " + Shell.quote("docker/" + name + "/secrets/" + PathSegments.of(secret.getName()))
					+ " " + Shell.quote(secret.getLocation()));
		}
		compose(script, machine, "up", "-d");
	}

	static void down(ScriptText script, Site site, Machine machine) {
		if (Machines.runtime(machine) == Runtime.LXC) {
			lxc(script, site, machine, false);
			return;
		}
		compose(script, machine, "down");
	}

	private static void compose(ScriptText script, Machine machine, String... action) {
		String name = PathSegments.of(Machines.name(machine));
		String address = Machines.address(machine);
		String project = "berth-" + name;
		String file = "docker/" + name + "/compose.yaml";
		List<String> words = new ArrayList<>();
		switch (Machines.runtime(machine)) {
			case PODMAN -> words.addAll(List.of("env", "CONTAINER_HOST=ssh://" + HostNames.uriHost(address), "podman-compose", "-p", project,
					"-f", file));
			case CONTAINERD -> {
				script.run("scp", "-r", "docker/" + name, HostNames.uriHost(address) + ":" + project);
				words.addAll(List.of("ssh", address, ScriptText.words(List.of("nerdctl", "compose", "-p", project, "-f",
						project + "/compose.yaml"))));
			}
			default -> words.addAll(List.of("env", "DOCKER_HOST=ssh://" + HostNames.uriHost(address), "docker", "compose", "-p", project,
					"-f", file));
		}
		if (Machines.runtime(machine) == Runtime.CONTAINERD) {
			String remote = words.remove(words.size() - 1);
			words.add(remote + " " + ScriptText.words(List.of(action)));
		} else {
			words.addAll(List.of(action));
		}
		script.run(words);
	}

	private static void lxc(ScriptText script, Site site, Machine machine, boolean up) {
		String address = Machines.address(machine);
		for (Site.Instances instances : site.containersOn(machine)) {
			Container container = instances.container();
			for (int i = 0; i < instances.placement().instances(); i++) {
				String name = LxcGenerator.instanceName(container, instances.placement(), i);
				String conf = "lxc/" + PathSegments.of(Machines.name(machine)) + "/" + PathSegments.of(name) + ".conf";
				if (up && container.getImage() == null) {
					script.comment("container " + name + " has only a build, which lxc cannot run; it is not created");
				} else if (up) {
					script.run("scp", conf, HostNames.uriHost(address) + ":/tmp/berth-" + name + ".conf");
					script.run("ssh", address, ScriptText.words(List.of("lxc-create", "-n", name, "-t", "oci", "-f",
							"/tmp/berth-" + name + ".conf", "--", "--url", "docker://" + container.getImage())));
					script.run("ssh", address, ScriptText.words(List.of("lxc-start", "-n", name)));
				} else {
					script.run("ssh", address, ScriptText.words(List.of("lxc-stop", "-k", "-n", name)));
					script.run("ssh", address, ScriptText.words(List.of("lxc-destroy", "-n", name)));
				}
			}
		}
	}

	static void undefine(ScriptText script, Site site, Machine machine) {
		String uri = "${LIBVIRT_DEFAULT_URI:-" + Shell.quote(LibvirtGenerator.connectionUri(machine)) + "}";
		for (Vm vm : site.vmsOn(machine)) {
			String name = Shell.quote(vm.getName());
			script.raw("if \"$dry_run\" || virsh -c \"" + uri + "\" domstate " + name + " | grep running >/dev/null; then\n"
					+ "  run virsh -c \"" + uri + "\" destroy " + name + "\nfi");
			script.raw("run virsh -c \"" + uri + "\" undefine --nvram " + name);
		}
		for (Network network : LibvirtGenerator.networks(site.vmsOn(machine))) {
			String name = Shell.quote(network.getName());
			script.raw("if \"$dry_run\" || virsh -c \"" + uri + "\" net-info " + name + " | grep -E '^Active: +yes' >/dev/null; then\n"
					+ "  run virsh -c \"" + uri + "\" net-destroy " + name + "\nfi");
			script.raw("run virsh -c \"" + uri + "\" net-undefine " + name);
		}
	}

	private static Set<Secret> envSecrets(Site site, Machine machine) {
		Set<Secret> secrets = new LinkedHashSet<>();
		for (Site.Instances instances : site.containersOn(machine)) {
			instances.container().getSecrets().stream().filter(s -> !s.eIsProxy() && s.getSource() == SecretSource.ENV)
					.forEach(secrets::add);
		}
		return secrets;
	}
}
