package dev.berth.cli;

import dev.berth.cli.deploy.RunMode;
import dev.berth.model.Site;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code berth destroy}: removes what the deployment made, keeping data unless told otherwise. */
@Command(name = "destroy", mixinStandardHelpOptions = true,
		description = "Check a model, write its files, and remove with ansible-playbook what the deployment made "
				+ "on its machines, in reverse order. VM data disks and named volumes are kept unless --purge-data "
				+ "is given. Exits 4 when a machine failed or could not be reached.")
public class DestroyCommand extends DeploymentCommand {

	@Option(names = "--purge-data", description = "Remove VM data disks and named volumes too; their data is lost.")
	private boolean purgeData;

	@Override
	RunMode mode() {
		return RunMode.DESTROY;
	}

	@Override
	List<String> options(Site site) {
		return purgeData ? List.of("--extra-vars={\"berth_purge_data\": true}") : List.of();
	}
}
