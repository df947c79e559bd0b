package dev.berth.cli;

import dev.berth.BerthStandaloneSetup;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The PATH parameters of every command that reads a model, and the loading of what they name. */
public class ModelInput {

	@Parameters(paramLabel = "PATH", arity = "1..*",
			description = "A .berth file, or a folder: every .berth file below it. All of them are linked together.")
	private List<Path> paths;

	/** Reads and parses every file the paths name, linked in one workspace. */
	Workspace load() {
		return Workspace.load(new BerthStandaloneSetup().createInjectorAndDoEMFRegistration(), paths);
	}
}
