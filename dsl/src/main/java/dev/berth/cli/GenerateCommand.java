package dev.berth.cli;

import dev.berth.generator.GeneratedFile;
import dev.berth.generator.LocalFiles;
import dev.berth.generator.OutputWriter;
import dev.berth.generator.Target;
import dev.berth.model.Site;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code berth generate}: checks the model and, when it has no error, writes what runs it. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Check a model and write the files that run it. Nothing is written when the model has errors.")
public class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = { "-t", "--target" }, paramLabel = "TARGET",
			description = "What to write: ${COMPLETION-CANDIDATES}; repeat to combine (default: all).")
	private List<Target> targets = List.of();

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", defaultValue = "berth-out",
			description = "The output folder (default: ${DEFAULT-VALUE}). Only files berth wrote there are ever replaced or removed.")
	private Path output;

	@Mixin
	private ModelInput input;

	@Override
	public Integer call() {
		Workspace workspace = input.load();
		List<Diagnostic> diagnostics = workspace.validate();
		PrintWriter out = spec.commandLine().getOut();
		diagnostics.forEach(diagnostic -> out.println(diagnostic.toLine()));
		if (Diagnostic.anyError(diagnostics)) {
			spec.commandLine().getErr().println("berth: the model has errors; nothing was written");
			return ExitCodes.MODEL_ERRORS;
		}
		write(workspace.site(), targets.isEmpty() ? EnumSet.of(Target.ALL) : EnumSet.copyOf(targets), output,
				spec.commandLine().getErr());
		return ExitCodes.OK;
	}

	/** Writes the files of the targets into the output folder, with a warning per missing file beside the model. */
	static void write(Site site, Set<Target> targets, Path output, PrintWriter err) {
		List<GeneratedFile> files = SiteOutputs.of(site, targets);
		for (String missing : LocalFiles.missing(site)) {
			err.println("berth: warning: " + missing);
		}
		try {
			OutputWriter.Summary summary = new OutputWriter(output).write(files);
			err.println("berth: " + files.size() + " files in " + output + ": " + summary.written() + " written, "
					+ summary.unchanged() + " unchanged, " + summary.removed() + " removed");
		} catch (IOException e) {
			throw new InputException("cannot write " + output + ": " + e.getMessage());
		}
	}
}
