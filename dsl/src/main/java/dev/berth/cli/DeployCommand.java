package dev.berth.cli;

import dev.berth.cli.deploy.RunMode;
import dev.berth.model.Site;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code berth deploy}: makes the machines what the model says, wave by wave, with progress per machine. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
		description = "Check a model, write its files, and deploy it with ansible-playbook: create, change and "
				+ "remove what differs from the model on each machine. Exits 4 when a machine failed or could "
				+ "not be reached.")
public class DeployCommand extends DeploymentCommand {

	@Option(names = "--limit", paramLabel = "MACHINE", split = ",",
			description = "Deploy only these machines (comma-separated or repeated); the others are left as they are.")
	private List<String> limit = List.of();

	@Override
	RunMode mode() {
		return RunMode.DEPLOY;
	}

	@Override
	List<String> options(Site site) {
		if (limit.isEmpty()) {
			return List.of();
		}
		List<String> machines = machineNames(site);
		List<String> unknown = limit.stream().filter(m -> !machines.contains(m)).toList();
		if (!unknown.isEmpty()) {
			throw new InputException("--limit names no machine of the model: " + String.join(", ", unknown)
					+ "; the machines are " + String.join(", ", machines));
		}
		return List.of("--limit=" + String.join(",", limit));
	}
}
