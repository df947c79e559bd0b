package dev.berth.tests.support;

import dev.berth.cli.BerthCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One run of the command line in this JVM, with what it printed.
 *
 * @param status the exit status
 * @param out standard output
 * @param err standard error
 */
public record CliRun(int status, String out, String err) {

	/** Runs {@code berth} with the given arguments. */
	public static CliRun of(String... args) {
		return in(System.getenv(), args);
	}

	/** Runs {@code berth} with the given arguments in the given environment. */
	public static CliRun in(Map<String, String> environment, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = BerthCli.execute(args, new PrintWriter(out), new PrintWriter(err), environment);
		return new CliRun(status, out.toString(), err.toString());
	}

	/** The lines of standard output. */
	public List<String> outLines() {
		return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
	}

	/** The lines of standard error. */
	public List<String> errLines() {
		return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
	}
}
