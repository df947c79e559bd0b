package dev.berth.cli;

import dev.berth.berth.Machine;
import dev.berth.cli.deploy.AnsiblePlaybook;
import dev.berth.cli.deploy.EventLog;
import dev.berth.cli.deploy.PlannedResources;
import dev.berth.cli.deploy.RunEvents;
import dev.berth.cli.deploy.RunMode;
import dev.berth.cli.deploy.RunSummary;
import dev.berth.generator.Target;
import dev.berth.model.Machines;
import dev.berth.model.Site;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The ground of {@code plan}, {@code deploy} and {@code destroy}: checks the model, writes every
 * target into the output folder, runs the playbook with {@code ansible-playbook} and reports per
 * machine what it did.
 */
abstract class DeploymentCommand implements Callable<Integer> {

	static final String INSTALL = "install Ansible: on Debian or Ubuntu 'apt-get install ansible', elsewhere "
			+ "'pip install ansible-core' and then 'ansible-galaxy collection install community.libvirt "
			+ "containers.podman community.docker ansible.posix'; or name the program in " + AnsiblePlaybook.VARIABLE;

	@Spec
	CommandSpec spec;

	@ParentCommand
	BerthCli cli;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", defaultValue = "berth-out",
			description = "The output folder the files are written to and the playbooks run from (default: ${DEFAULT-VALUE}).")
	Path output;

	@Mixin
	ModelInput input;

	/** What the run does. */
	abstract RunMode mode();

	/** The arguments of {@code ansible-playbook} after the inventory and the playbook. */
	abstract List<String> options(Site site);

	@Override
	public Integer call() throws IOException, InterruptedException {
		Workspace workspace = input.load();
		List<Diagnostic> diagnostics = workspace.validate();
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		diagnostics.forEach(diagnostic -> out.println(diagnostic.toLine()));
		if (Diagnostic.anyError(diagnostics)) {
			err.println("berth: the model has errors; nothing was written or run");
			return ExitCodes.MODEL_ERRORS;
		}
		Site site = workspace.site();
		List<String> options = options(site);
		GenerateCommand.write(site, EnumSet.of(Target.ALL), output, err);
		Optional<AnsiblePlaybook> ansible = AnsiblePlaybook.locate(cli.environment());
		if (ansible.isEmpty()) {
			err.println("berth: ansible-playbook is not installed (nor named by " + AnsiblePlaybook.VARIABLE + "); "
					+ INSTALL);
			return ExitCodes.USAGE;
		}
		return run(ansible.get(), site, options, out, err);
	}

	private int run(AnsiblePlaybook ansible, Site site, List<String> options, PrintWriter out, PrintWriter err)
			throws IOException, InterruptedException {
		Path folder = output.toAbsolutePath().normalize().resolve("ansible");
		List<String> arguments = new ArrayList<>(List.of("-i", folder.resolve("inventory.yaml").toString(),
				folder.resolve(mode().playbook()).toString()));
		arguments.addAll(options);
		RunEvents events = new RunEvents(mode(), machine -> PlannedResources.of(site, machine), out::println,
				failure -> err.println("berth: " + failure));
		Files.createDirectories(folder);
		int status;
		try (EventLog log = new EventLog(folder.resolve("last-run.jsonl"))) {
			status = ansible.run(arguments, line -> {
				logged(log, line);
				if (!events.accept(line)) {
					err.println(line);
				}
			}, err::println);
		}
		RunSummary.lines(mode(), events.machines(), machineNames(site)).forEach(out::println);
		boolean trouble = events.machines().values().stream().anyMatch(m -> m.failed() || m.isUnreachable());
		if (!trouble && status != 0) {
			err.println("berth: ansible-playbook exited with status " + status + "; see its messages above");
		}
		return trouble || status != 0 ? ExitCodes.DEPLOY_FAILED : ExitCodes.OK;
	}

	private static void logged(EventLog log, String line) {
		try {
			log.add(line);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The names of the site's machines, in site order. */
	static List<String> machineNames(Site site) {
		return site.elements().stream().filter(Machine.class::isInstance).map(e -> Machines.name((Machine) e)).toList();
	}
}
