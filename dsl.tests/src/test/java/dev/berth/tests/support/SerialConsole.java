package dev.berth.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The serial console of a running local libvirt domain, copied from its pseudo-terminal by a {@code cat}. */
public final class SerialConsole implements AutoCloseable {

	private final Path pty;
	private final Path log;
	private final Process reader;

	private SerialConsole(Path pty, Path log, Process reader) {
		this.pty = pty;
		this.log = log;
		this.reader = reader;
	}

	/**
	 * Starts copying a domain's console into a file ({@code virsh console} would need a terminal).
	 * QEMU drops what the guest prints while nothing holds the pseudo-terminal open, so a guest
	 * should wait for {@link #sendNewline()} before it prints.
	 */
	public static SerialConsole open(Path virsh, String uri, String domain, Path log)
			throws IOException, InterruptedException {
		Processes.Result tty = Processes.run(log.getParent(), virsh.toString(), "-c", uri, "ttyconsole", domain);
		assertEquals(0, tty.status(), tty.output());
		Path pty = Path.of(tty.output().strip());
		Process reader = new ProcessBuilder("cat", pty.toString()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		return new SerialConsole(pty, log, reader);
	}

	/** Types a newline on the console; nothing once the console has closed, as it does when the VM stops. */
	public void sendNewline() {
		try {
			Files.writeString(pty, "\n", StandardOpenOption.WRITE);
		} catch (IOException closed) {
			// QEMU has exited: the caller sees that in the domain's state.
		}
	}

	/** What the console has printed so far. */
	public String output() throws IOException {
		return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws InterruptedException {
		Processes.stop(reader);
	}
}
