package dev.berth.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.cli.deploy.RunEvents;
import dev.berth.cli.deploy.RunMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RunEvents} on shapes the command tests do not reach: a loop on an unreachable host, lines that are no event. */
class RunEventsTest {

	private final List<String> progress = new ArrayList<>();
	private final List<String> failures = new ArrayList<>();
	private final RunEvents events = new RunEvents(RunMode.DEPLOY, machine -> List.of(), progress::add, failures::add);

	@Test
	void anUnreachableLoopIsReportedWithTheMessageOfItsItems() throws IOException {
		try (InputStream canned = getClass().getResourceAsStream("/deploy/events/unreachable-loop.jsonl")) {
			new String(canned.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(events::accept);
		}
		assertEquals(List.of("node3 is unreachable: Failed to connect to the host via ssh: ssh: connect to host "
				+ "127.0.0.1 port 1: Connection refused"), failures);
		assertTrue(events.machines().get("node3").isUnreachable());
		assertTrue(progress.isEmpty());
	}

	@Test
	void linesThatAreNoEventAreLeftToTheCaller() {
		assertFalse(events.accept("[WARNING]: something"));
		assertFalse(events.accept("{\"no\": \"event\"}"));
		assertFalse(events.accept("[1, 2]"));
		assertTrue(events.accept("{\"_event\": \"v2_runner_on_ok\", \"hosts\": {\"n\": 3}, \"task\": 1}"));
		assertTrue(events.machines().get("n").resources().isEmpty());
	}

	@Test
	void messagesAreKeptOnOneLine() {
		events.accept("{\"_event\": \"v2_runner_on_failed\", \"task\": {\"name\": \"start\"}, \"hosts\": "
				+ "{\"n\": {\"failed\": true, \"msg\": \"bad\\nthing\\u001b[31m\", \"stderr\": \"a\\nlast line\"}}}");
		assertEquals(List.of("n: start failed: bad thing\\u001b[31m: last line"), failures);
		assertTrue(events.machines().get("n").failed());
	}
}
