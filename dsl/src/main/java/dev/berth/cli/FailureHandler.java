package dev.berth.cli;

import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a failure in one line: an unreadable input exits 2, anything else 3, with a stack
 * trace only under {@code --debug}.
 */
final class FailureHandler implements IExecutionExceptionHandler {

	private final BooleanSupplier debug;

	FailureHandler(BooleanSupplier debug) {
		this.debug = debug;
	}

	@Override
	public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
		return report(exception, commandLine.getErr());
	}

	/** Prints the failure and returns the exit status it calls for. */
	int report(Throwable failure, PrintWriter err) {
		if (failure instanceof InputException) {
			err.println("berth: " + failure.getMessage());
			return ExitCodes.USAGE;
		}
		err.println("berth: internal error: " + failure);
		if (debug.getAsBoolean()) {
			failure.printStackTrace(err);
		} else {
			err.println("berth: run again with --debug to see where it happened");
		}
		return ExitCodes.INTERNAL;
	}
}
