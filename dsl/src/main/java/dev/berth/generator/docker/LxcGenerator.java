package dev.berth.generator.docker;

import dev.berth.berth.Command;
import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.EnvVar;
import dev.berth.berth.Machine;
import dev.berth.berth.Network;
import dev.berth.berth.Runtime;
import dev.berth.berth.Volume;
import dev.berth.generator.Bridges;
import dev.berth.generator.DeployLayout;
import dev.berth.generator.GeneratedFile;
import dev.berth.generator.PathSegments;
import dev.berth.model.Machines;
import dev.berth.model.Placement;
import dev.berth.model.ServiceNames;
import dev.berth.model.Site;
import dev.berth.model.Sizes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lxc/MACHINE/NAME.conf} for the containers of machines whose runtime is LXC: limits,
 * network, mounts, environment, user and command. A container with several instances on the
 * machine gets one file per instance, {@code NAME-N.conf}.
 */
public final class LxcGenerator {

	private static final long CPU_PERIOD = 100_000;

	private LxcGenerator() {
	}

	public static List<GeneratedFile> generate(Site site) {
		List<GeneratedFile> files = new ArrayList<>();
		for (Element element : site.elements()) {
			if (element instanceof Machine machine && Machines.runtime(machine) == Runtime.LXC) {
				for (Site.Instances instances : site.containersOn(machine)) {
					for (int i = 0; i < instances.placement().instances(); i++) {
						Container container = instances.container();
						String name = instanceName(container, instances.placement(), i);
						files.add(GeneratedFile.text("lxc/" + PathSegments.of(element.getName()) + "/"
								+ PathSegments.of(name) + ".conf", config(machine, container, name)));
					}
				}
			}
		}
		return files;
	}

	/** The name of the i-th instance of a container on a machine: its service name, as under Compose. */
	public static String instanceName(Container container, Placement placement, int index) {
		return ServiceNames.of(container, placement.first() + index);
	}

	static String config(Machine machine, Container container, String name) {
		StringBuilder conf = new StringBuilder();
		line(conf, "lxc.uts.name", container.getHostname() != null ? container.getHostname() : name);
		line(conf, "lxc.rootfs.path", "dir:/var/lib/lxc/" + name + "/rootfs");
		if (container.getMemory() != null) {
			line(conf, "lxc.cgroup2.memory.max", String.valueOf(Sizes.bytes(container.getMemory())));
		}
		if (container.getCpu() != null) {
			long quota = container.getCpu().multiply(BigDecimal.valueOf(CPU_PERIOD)).longValue();
			line(conf, "lxc.cgroup2.cpu.max", quota + " " + CPU_PERIOD);
		}
		List<Network> networks = container.getNetworks().stream().filter(n -> !n.eIsProxy()).toList();
		for (int i = 0; i < Math.max(1, networks.size()); i++) {
			line(conf, "lxc.net." + i + ".type", "veth");
			line(conf, "lxc.net." + i + ".link", networks.isEmpty() ? "lxcbr0" : Bridges.of(networks.get(i)));
			line(conf, "lxc.net." + i + ".flags", "up");
		}
		for (Volume volume : container.getVolumes()) {
			String source = DeployLayout.bindSource(container, volume.getSource());
			if (source.startsWith("./")) {
				source = DeployLayout.MACHINE_ROOT + PathSegments.of(Machines.name(machine)) + source.substring(1);
			}
			String target = volume.getTarget().replaceFirst("^/+", "");
			line(conf, "lxc.mount.entry", fstab(source) + " " + fstab(target) + " none bind,create=dir"
					+ (volume.isReadonly() ? ",ro" : "") + " 0 0");
		}
		for (EnvVar env : container.getEnv()) {
			if (env.getValue() != null) {
				line(conf, "lxc.environment", env.getKey() + "=" + env.getValue());
			}
		}
		if (container.getUser() != null && container.getUser().matches("\\d+(:\\d+)?")) {
			String[] ids = container.getUser().split(":");
			line(conf, "lxc.init.uid", ids[0]);
			line(conf, "lxc.init.gid", ids.length > 1 ? ids[1] : ids[0]);
		}
		if (container.getWorkdir() != null) {
			line(conf, "lxc.init.cwd", container.getWorkdir());
		}
		String command = initCommand(container);
		if (!command.isEmpty()) {
			line(conf, "lxc.init.cmd", command);
		}
		return conf.toString();
	}

	/** The entrypoint followed by the command, as one line that LXC splits at blanks outside quotes. */
	private static String initCommand(Container container) {
		StringBuilder command = new StringBuilder();
		for (Command part : new Command[] { container.getEntrypoint(), container.getCommand() }) {
			if (part == null) {
				continue;
			}
			String words = part.isList() ? String.join(" ", part.getItems().stream().map(LxcGenerator::quoted).toList())
					: part.getText();
			command.append(command.length() > 0 && !words.isEmpty() ? " " : "").append(words);
		}
		return command.toString();
	}

	private static String quoted(String word) {
		return word.isEmpty() || word.matches(".*[\\s'\"].*") ? "'" + word.replace("'", "'\\''") + "'" : word;
	}

	/** One {@code key = value} line; LXC reads a value to the end of its line, so line breaks become spaces. */
	private static void line(StringBuilder conf, String key, String value) {
		conf.append(key).append(" = ").append(value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '))
				.append('\n');
	}

	/** A path in an fstab field: blanks and backslashes as octal escapes, which LXC decodes. */
	private static String fstab(String path) {
		return path.replace("\\", "\\134").replace(" ", "\\040").replace("\t", "\\011");
	}
}
