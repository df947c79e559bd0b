package dev.berth.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

	@Mixin
	private ModelInput input;

	@Override
	public Integer call() {
		Workspace workspace = input.load();
		List<Diagnostic> diagnostics = workspace.validate();
		PrintWriter out = spec.commandLine().getOut();
		out.print(format.render(diagnostics, VersionProvider.version()));
		return Diagnostic.anyError(diagnostics) ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
	}
}
