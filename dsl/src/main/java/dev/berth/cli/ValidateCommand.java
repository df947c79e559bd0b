package dev.berth.cli;

import dev.berth.BerthStandaloneSetup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code berth validate}: prints every diagnostic of a model and exits 1 when one is an error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check a model and print its diagnostics as PATH:LINE:COLUMN: SEVERITY: MESSAGE [CODE].")
public class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", arity = "1..*",
			description = "A .berth file, or a folder: every .berth file below it. All of them are linked together.")
	private List<Path> paths;

	@Override
	public Integer call() {
		Workspace workspace = Workspace.load(new BerthStandaloneSetup().createInjectorAndDoEMFRegistration(), paths);
		List<Diagnostic> diagnostics = workspace.validate();
		PrintWriter out = spec.commandLine().getOut();
		diagnostics.forEach(diagnostic -> out.println(diagnostic.toLine()));
		boolean errors = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
		return errors ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
	}
}
