package dev.berth.cli;

import dev.berth.cli.deploy.RunMode;
import dev.berth.model.Site;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code berth plan}: what a deploy would create, change and remove, per machine, changing nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
		description = "Check a model, write its files, and ask every machine (ansible-playbook --check) what a "
				+ "deploy would create, change and remove. Changes nothing on the machines. Exits 4 when a machine "
				+ "failed or could not be reached.")
public class PlanCommand extends DeploymentCommand {

	@Override
	RunMode mode() {
		return RunMode.PLAN;
	}

	@Override
	List<String> options(Site site) {
		return List.of("--check");
	}
}
