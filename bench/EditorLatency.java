import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Measures the shipped language server over stdio, as an editor sees it: "typing" types 10 keys a
 * second into a reference in the middle of FILE and reports, per keystroke, the time until the
 * diagnostics published for the file reflect it or a later keystroke (the unresolved name in the
 * message tells which); "settled" makes one edit at a time in a container body (an image tag, then a
 * memory size that changes its machine's load) and reports the time until the edited file, and until
 * the last file re-checked, has its diagnostics, and how many files were re-checked.
 *
 * BUSY_THREADS threads spinning beside it stand for a concurrent build on the machine.
 *
 * Usage: java -cp dsl.ide/target/berth-language-server.jar bench/EditorLatency.java typing|settled FILE [BUSY_THREADS]
 */
public class EditorLatency {

	private static final Pattern UNRESOLVED = Pattern.compile("named '(z[a-y]*)'");
	private static final long QUIET_MILLIS = 1500;
	private static final Logger JSONRPC = Logger.getLogger("org.eclipse.lsp4j.jsonrpc");

	/** One publishDiagnostics as it arrived. */
	record Published(String uri, long nanos, List<String> messages) {
	}

	/** Keeps every publishDiagnostics with its arrival time. */
	static final class Client implements LanguageClient {
		final List<Published> published = Collections.synchronizedList(new ArrayList<>());

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			published.add(new Published(params.getUri(), System.nanoTime(),
					params.getDiagnostics().stream().map(d -> d.getMessage().map(text -> text, markup -> markup.getValue())).toList()));
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	}

	private final Client client = new Client();
	private LanguageServer server;
	private String uri;
	private int version = 1;
	private int referenceLine;
	private int typedLength;

	public static void main(String[] args) throws Exception {
		if (args.length < 2 || args.length > 3 || !List.of("typing", "settled").contains(args[0])) {
			System.err.println("usage: java -cp berth-language-server.jar bench/EditorLatency.java typing|settled FILE [BUSY_THREADS]");
			System.exit(2);
		}
		int busy = args.length == 3 ? Integer.parseInt(args[2]) : 0;
		for (int i = 0; i < busy; i++) {
			Thread spinner = new Thread(EditorLatency::spin);
			spinner.setDaemon(true);
			spinner.start();
		}
		System.out.println("busy threads competing for the CPU: " + busy);
		JSONRPC.setLevel(Level.WARNING);
		System.out.println("load average before: " + Files.readString(Path.of("/proc/loadavg")).trim());
		new EditorLatency().run(args[0], Path.of(args[1]).toAbsolutePath());
		System.out.println("load average after: " + Files.readString(Path.of("/proc/loadavg")).trim());
	}

	/** Keeps one core busy, as a concurrent build would. */
	private static void spin() {
		long sum = 0;
		while (sum >= 0) {
			sum += System.nanoTime() & 1;
		}
	}

	private void run(String mode, Path file) throws Exception {
		String jar = System.getProperty("java.class.path");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar)
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			var launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
			launcher.startListening();
			server = launcher.getRemoteProxy();
			open(file, mode.equals("typing") ? withReference(Files.readString(file)) : Files.readString(file));
			if (mode.equals("typing")) {
				typing();
			} else {
				settled(Files.readAllLines(file));
			}
			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
		} finally {
			process.destroy();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private void open(Path file, String text) throws Exception {
		String folder = file.getParent().toUri().toString();
		InitializeParams init = new InitializeParams();
		init.setRootUri(folder);
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder, "bench")));
		init.setCapabilities(new ClientCapabilities());
		server.initialize(init).get(120, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		uri = file.toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "berth", version, text)));
		awaitQuiet();
		long files = client.published.stream().map(Published::uri).distinct().count();
		System.out.printf("opened %s (%d lines); %d files checked%n", file.getFileName(), text.lines().count(), files);
	}

	/** The file with "depends on z" added to the container in its middle, at {@link #referenceLine}. */
	private String withReference(String text) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		referenceLine = lines.size() / 2;
		while (!lines.get(referenceLine).startsWith("container api")) {
			referenceLine++;
		}
		referenceLine++;
		lines.add(referenceLine, "    depends on z");
		return String.join("\n", lines) + "\n";
	}

	private void typing() throws Exception {
		List<Long> warmUp = type(50);
		List<Long> measured = type(100);
		System.out.printf("typing: warm-up median %d ms; keystroke to diagnostics over %d keys: median %d ms, p95 %d ms, max %d ms%n",
				percentile(warmUp, 50), measured.size(), percentile(measured, 50), percentile(measured, 95),
				percentile(measured, 100));
	}

	/** Types keys at 10 a second after the reference and returns each one's latency in milliseconds. */
	private List<Long> type(int keys) throws Exception {
		client.published.clear();
		int typed = typedLength;
		long[] sent = new long[keys];
		long start = System.nanoTime();
		for (int k = 0; k < keys; k++) {
			long due = start + k * 100_000_000L;
			Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
			Position at = new Position(referenceLine, 16 + typed + k);
			sent[k] = System.nanoTime();
			change(new Range(at, at), String.valueOf((char) ('a' + (typed + k) % 25)));
		}
		awaitReflected(typed + keys);
		return latencies(sent, typed);
	}

	/** Waits until the diagnostics name the reference as long as all keystrokes so far made it. */
	private void awaitReflected(int keys) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline) {
			Thread.sleep(50);
			if (List.copyOf(client.published).stream().anyMatch(p -> reflected(p) == keys)) {
				return;
			}
		}
		throw new IllegalStateException("no diagnostics reflect the last keystroke after 2 minutes");
	}

	/** How many keystrokes in all the unresolved reference named in a publication holds. */
	private static int reflected(Published published) {
		return published.messages().stream().map(UNRESOLVED::matcher).filter(Matcher::find)
				.mapToInt(m -> m.group(1).length() - 1).max().orElse(0);
	}

	/** Each keystroke's latency: until the first diagnostics naming a reference at least as long as it made. */
	private List<Long> latencies(long[] sent, int before) {
		List<Long> latencies = new ArrayList<>();
		List<Published> ours = List.copyOf(client.published).stream().filter(p -> p.uri().equals(uri)).toList();
		int answered = 0;
		for (Published p : ours) {
			for (; answered < Math.min(reflected(p) - before, sent.length); answered++) {
				latencies.add((p.nanos() - sent[answered]) / 1_000_000);
			}
		}
		if (answered < sent.length) {
			throw new IllegalStateException("no diagnostics reflect keystroke " + (answered + 1) + " of " + sent.length);
		}
		typedLength = before + sent.length;
		return latencies;
	}

	private void settled(List<String> lines) throws Exception {
		int image = indexOf(lines, "    image \"nginx:1.27.2\"");
		int memory = indexOf(lines, "    memory 256 MiB");
		measureEdits("image tag (a local edit)", image, 17, "1.27.2", "1.27.3");
		measureEdits("memory size (changes a machine's load)", memory, 11, "256", "257");
	}

	private static int indexOf(List<String> lines, String line) {
		return lines.subList(lines.size() / 2, lines.size()).indexOf(line) + lines.size() / 2;
	}

	private void measureEdits(String what, int line, int column, String one, String other) throws Exception {
		List<Long> times = new ArrayList<>();
		List<Long> own = new ArrayList<>();
		List<Long> files = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String old = i % 2 == 0 ? one : other;
			client.published.clear();
			long sent = System.nanoTime();
			change(new Range(new Position(line, column), new Position(line, column + old.length())), i % 2 == 0 ? other : one);
			awaitQuiet();
			List<Published> seen = List.copyOf(client.published);
			if (i >= 2) {
				times.add((seen.get(seen.size() - 1).nanos() - sent) / 1_000_000);
				own.add((seen.stream().filter(p -> p.uri().equals(uri)).findFirst().orElseThrow().nanos() - sent) / 1_000_000);
				files.add(seen.stream().map(Published::uri).distinct().count());
			}
		}
		System.out.printf("settled edit, %s, over %d edits: all files checked: median %d ms, p95 %d ms; the edited file's"
				+ " diagnostics: median %d ms; files re-checked per edit: %s%n", what, times.size(), percentile(times, 50),
				percentile(times, 95), percentile(own, 50), files.stream().distinct().toList());
	}

	private void change(Range range, String text) {
		version++;
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(range, text))));
	}

	/** Waits until the server has published nothing for {@link #QUIET_MILLIS} (and something since the last clear). */
	private void awaitQuiet() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < deadline) {
			Thread.sleep(100);
			int size = client.published.size();
			long last = size == 0 ? 0 : client.published.get(size - 1).nanos();
			if (size > 0 && System.nanoTime() - last > QUIET_MILLIS * 1_000_000) {
				return;
			}
		}
		throw new IllegalStateException("the server kept publishing or published nothing for 5 minutes");
	}

	private static long percentile(List<Long> values, int percent) {
		List<Long> sorted = values.stream().sorted().toList();
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}
}
