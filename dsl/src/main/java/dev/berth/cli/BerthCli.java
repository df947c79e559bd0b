package dev.berth.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code berth} command: checks, generates and runs deployments described in {@code .berth} files. */
@Command(name = "berth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Checks and deploys virtual machines and containers written in .berth files.")
public class BerthCli {

	@Option(names = "--debug", scope = ScopeType.INHERIT,
			description = "Print the stack trace of an internal failure.")
	boolean debug;

	private final Map<String, String> environment;

	BerthCli(Map<String, String> environment) {
		this.environment = Map.copyOf(environment);
	}

	/** The environment the command runs in, and passes to the programs it runs. */
	Map<String, String> environment() {
		return environment;
	}

	public static void main(String[] args) {
		System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/** Runs the command line with the given arguments and streams, and returns its exit status. */
	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		return execute(args, out, err, System.getenv());
	}

	/** Runs the command line as {@link #execute(String[], PrintWriter, PrintWriter)} in the given environment. */
	public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
		BerthCli cli = new BerthCli(environment);
		CommandLine commandLine = new CommandLine(cli);
		Subcommands.neededFor(args).forEach(commandLine::addSubcommand);
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
