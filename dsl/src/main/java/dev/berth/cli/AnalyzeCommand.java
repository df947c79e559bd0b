package dev.berth.cli;

import dev.berth.analysis.AnalysisTable;
import dev.berth.analysis.SiteAnalysis;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code berth analyze}: the VM-versus-container comparison of a model as a table on the terminal. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = "Compare every workload as a VM and as a container on its machine, and print the summary.")
public class AnalyzeCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ModelInput input;

	@Override
	public Integer call() {
		Workspace workspace = input.load();
		List<Diagnostic> errors = workspace.validate().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
				.toList();
		PrintWriter out = spec.commandLine().getOut();
		if (!errors.isEmpty()) {
			errors.forEach(error -> out.println(error.toLine()));
			spec.commandLine().getErr().println("berth: the model has errors; fix them to compare its workloads");
			return ExitCodes.MODEL_ERRORS;
		}
		out.print(AnalysisTable.render(SiteAnalysis.of(workspace.site())));
		return ExitCodes.OK;
	}
}
