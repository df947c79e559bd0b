package dev.berth.cli;

import dev.berth.formatting2.DocumentFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code berth format}: rewrites files in the canonical layout, or with {@code --check} only says which would change. */
@Command(name = "format", mixinStandardHelpOptions = true,
		description = "Rewrite .berth files in the canonical layout. Files with syntax errors are left as they are.")
public class FormatCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ModelInput input;

	@Option(names = "--check", description = "Change nothing; exit 1 when a file is not in the canonical layout.")
	private boolean check;

	@Override
	public Integer call() throws IOException {
		Workspace workspace = input.load();
		PrintWriter out = spec.commandLine().getOut();
		List<Diagnostic> syntax = workspace.validate().stream().filter(d -> d.code().equals("syntax")).toList();
		syntax.forEach(diagnostic -> out.println(diagnostic.toLine()));
		DocumentFormatter formatter = workspace.injector().getInstance(DocumentFormatter.class);
		boolean changes = false;
		for (Resource resource : workspace.resources()) {
			SourceFile file = workspace.file(resource);
			if (syntax.stream().anyMatch(d -> d.path().equals(file.displayPath()))) {
				continue;
			}
			String text = Files.readString(file.path(), StandardCharsets.UTF_8);
			String formatted = formatter.format((XtextResource) resource);
			if (!formatted.equals(text)) {
				changes = true;
				if (check) {
					out.println(file.displayPath() + ": not in the canonical layout");
				} else {
					TextFiles.write(file.path(), formatted);
					out.println(file.displayPath() + ": formatted");
				}
			}
		}
		return !syntax.isEmpty() || (check && changes) ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
	}
}
