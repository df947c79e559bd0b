package dev.berth.cli;

import dev.berth.BerthStandaloneSetup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code berth validate}: prints every diagnostic of a model and exits 1 when one is an error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check a model and print its diagnostics, by default one a line as "
				+ "PATH:LINE:COLUMN: SEVERITY: MESSAGE [CODE]. Exits 1 when one is an error.")
public class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = { "-f", "--format" }, paramLabel = "FORMAT", defaultValue = "text",
			description = "How to print diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
					+ "json prints one array of objects; sarif prints a SARIF 2.1.0 log for code review tools.")
	private DiagnosticFormat format;

	@Parameters(paramLabel = "PATH", arity = "1..*",
			description = "A .berth file, or a folder: every .berth file below it. All of them are linked together.")
	private List<Path> paths;

	@Override
	public Integer call() {
		Workspace workspace = Workspace.load(new BerthStandaloneSetup().createInjectorAndDoEMFRegistration(), paths);
		List<Diagnostic> diagnostics = workspace.validate();
		PrintWriter out = spec.commandLine().getOut();
		out.print(format.render(diagnostics, VersionProvider.version()));
		boolean errors = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
		return errors ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
	}
}
