package dev.berth.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code berth} command: checks and generates deployments described in {@code .berth} files. */
@Command(name = "berth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Checks deployments of virtual machines and containers written in .berth files.",
		subcommands = { ValidateCommand.class, GenerateCommand.class, AnalyzeCommand.class, FormatCommand.class,
				CommandLine.HelpCommand.class })
public class BerthCli {

	@Option(names = "--debug", scope = ScopeType.INHERIT,
			description = "Print the stack trace of an internal failure.")
	boolean debug;

	public static void main(String[] args) {
		System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/** Runs the command line with the given arguments and streams, and returns its exit status. */
	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		BerthCli cli = new BerthCli();
		CommandLine commandLine = new CommandLine(cli);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setOut(out);
		commandLine.setErr(err);
		FailureHandler failures = new FailureHandler(() -> cli.debug);
		commandLine.setExecutionExceptionHandler(failures);
		try {
			return commandLine.execute(args);
		} catch (RuntimeException | Error failure) {
			return failures.report(failure, err);
		} finally {
			out.flush();
			err.flush();
		}
	}
}
