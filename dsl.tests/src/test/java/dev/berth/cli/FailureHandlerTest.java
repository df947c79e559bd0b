package dev.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An internal failure is one short line and exit 3; the stack trace appears only under {@code --debug}. */
class FailureHandlerTest {

	private static List<String> report(boolean debug, Throwable failure, int expectedStatus) {
		StringWriter err = new StringWriter();
		int status = new FailureHandler(() -> debug).report(failure, new PrintWriter(err, true));
		assertEquals(expectedStatus, status);
		return err.toString().lines().toList();
	}

	@Test
	void anInternalFailureIsShortWithoutDebug() {
		List<String> lines = report(false, new IllegalStateException("boom"), 3);
		assertEquals(List.of("berth: internal error: java.lang.IllegalStateException: boom",
				"berth: run again with --debug to see where it happened"), lines);
	}

	@Test
	void debugAddsTheStackTrace() {
		List<String> lines = report(true, new IllegalStateException("boom"), 3);
		assertEquals("berth: internal error: java.lang.IllegalStateException: boom", lines.get(0));
		assertTrue(lines.stream().anyMatch(line -> line.contains("at dev.berth.cli.FailureHandlerTest")), lines::toString);
	}

	@Test
	void unreadableInputExitsTwo() {
		assertEquals(List.of("berth: cannot read x"), report(true, new InputException("cannot read x"), 2));
	}

	@Test
	void debugIsAcceptedBeforeAndAfterTheSubcommand() {
		StringWriter out = new StringWriter();
		PrintWriter writer = new PrintWriter(out);
		assertEquals(2, BerthCli.execute(new String[] { "--debug", "validate", "missing.berth" }, writer, writer));
		assertEquals(2, BerthCli.execute(new String[] { "validate", "--debug", "missing.berth" }, writer, writer));
	}
}
