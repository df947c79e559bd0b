import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measures the command line as a user runs it, one fresh `./berth` process per run: `validate` and
 * `generate` on synthetic sites of 250, 1,000 and 2,000 hosts and `validate examples/webshop`,
 * each the median of RUNS runs, printing wall time, CPU time (user and system, of the process and
 * its children) and peak resident memory, the growth time(2,000)/time(1,000), and each target met
 * or missed. With "--editor" it then runs the language server's settled-edit benchmark on the
 * 1,000-host site.
 *
 * Linux only: CPU time is read from /proc/self/stat (the children's times once waited for) and peak
 * memory from /proc/PID/status (VmHWM), polled every 10 ms while the process runs.
 *
 * Generate writes below BERTH_BENCH_OUT, by default /dev/shm (memory), so that the figure is
 * Berth's and not the disk's; set it to a folder on a disk to measure that disk too.
 *
 * Usage, from the repository root: java bench/ScaleBenchmark.java [RUNS] [--editor]
 */
public class ScaleBenchmark {

	private static final int[] SIZES = {250, 1000, 2000};
	private static final long TICKS_PER_SECOND = 100;
	private static final Path WORK = Path.of(System.getProperty("java.io.tmpdir"), "berth-scale-benchmark");
	private static final Path OUT = Path.of(System.getenv().getOrDefault("BERTH_BENCH_OUT",
			Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm" : System.getProperty("java.io.tmpdir")),
			"berth-scale-benchmark-out");

	/** One measured run. */
	record Run(double wallSeconds, double userSeconds, double systemSeconds, long peakMiB) {
	}

	private final int runs;
	private final Map<String, Run> results = new LinkedHashMap<>();

	ScaleBenchmark(int runs) {
		this.runs = runs;
	}

	public static void main(String[] args) throws Exception {
		List<String> options = List.of(args);
		int runs = options.stream().filter(a -> a.matches("\\d+")).map(Integer::parseInt).findFirst().orElse(3);
		ScaleBenchmark benchmark = new ScaleBenchmark(runs);
		benchmark.measureAll();
		benchmark.report();
		if (options.contains("--editor")) {
			benchmark.editor();
		}
	}

	private void measureAll() throws Exception {
		run("./berth", "--version");
		measure("small validate", null, "validate", "examples/webshop");
		for (int hosts : SIZES) {
			Path site = site(hosts);
			Path out = OUT.resolve(Integer.toString(hosts));
			measure(hosts + " validate", null, "validate", site.toString());
			measure(hosts + " generate", out, "generate", site.toString(), "-o", out.toString());
		}
	}

	private Path site(int hosts) throws Exception {
		Path site = WORK.resolve("site-" + hosts);
		if (!Files.isDirectory(site)) {
			run(javaCommand(), "bench/SyntheticSite.java", site.toString(), Integer.toString(hosts));
		}
		return site;
	}

	/** Measures RUNS runs of berth, each after removing OUT (when given), so that every generate writes every file. */
	private void measure(String name, Path out, String... berthArgs) throws Exception {
		List<Run> measured = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			if (out != null) {
				remove(out);
			}
			List<String> command = new ArrayList<>(List.of("./berth"));
			command.addAll(List.of(berthArgs));
			measured.add(run(command.toArray(String[]::new)));
		}
		measured.sort(Comparator.comparingDouble(Run::wallSeconds));
		results.put(name, measured.get(measured.size() / 2));
	}

	private static void remove(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	/** Runs a command to its end, with its output discarded, and measures it. */
	private static Run run(String... command) throws Exception {
		long[] cpuBefore = childrenCpuTicks();
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		long peakKiB = 0;
		long deadline = start + TimeUnit.MINUTES.toNanos(10);
		while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
			peakKiB = Math.max(peakKiB, peakKiB(process.pid()));
			if (System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " ran for more than 10 minutes");
			}
		}
		double wall = (System.nanoTime() - start) / 1e9;
		if (process.exitValue() > 1) {
			throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue());
		}
		long[] cpuAfter = childrenCpuTicks();
		return new Run(wall, (cpuAfter[0] - cpuBefore[0]) / (double) TICKS_PER_SECOND,
				(cpuAfter[1] - cpuBefore[1]) / (double) TICKS_PER_SECOND, peakKiB / 1024);
	}

	/** User and system time of this process's children that have ended, in clock ticks. */
	private static long[] childrenCpuTicks() throws IOException {
		String stat = Files.readString(Path.of("/proc/self/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return new long[] {Long.parseLong(fields[13]), Long.parseLong(fields[14])};
	}

	private static long peakKiB(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		} catch (IOException ended) {
			return 0;
		}
		return 0;
	}

	private void report() {
		System.out.printf("generate writes below %s%n", OUT);
		System.out.printf("%-16s %8s %8s %8s %10s%n", "run (median of " + runs + ")", "wall s", "user s", "system s",
				"peak MiB");
		results.forEach((name, run) -> System.out.printf("%-16s %8.2f %8.2f %8.2f %10d%n", name, run.wallSeconds(),
				run.userSeconds(), run.systemSeconds(), run.peakMiB()));
		for (String phase : List.of("validate", "generate")) {
			System.out.printf("time(2,000)/time(1,000), %s: %.2f (target <= 2.2)%n", phase,
					results.get("2000 " + phase).wallSeconds() / results.get("1000 " + phase).wallSeconds());
		}
		target("validate, 1,000 hosts", results.get("1000 validate").wallSeconds(), 5.0);
		target("generate, 1,000 hosts", results.get("1000 generate").wallSeconds(), 10.0);
		target("validate, small model", results.get("small validate").wallSeconds(), 1.0);
		System.out.printf("peak memory at 1,000 hosts: validate %d MiB, generate %d MiB (target < 1024)%n",
				results.get("1000 validate").peakMiB(), results.get("1000 generate").peakMiB());
	}

	private static void target(String what, double seconds, double target) {
		System.out.printf("%s: %.2f s (target <= %.1f s): %s%n", what, seconds, target, seconds <= target ? "met" : "missed");
	}

	private void editor() throws Exception {
		Path jar = Path.of("dsl.ide/target/berth-language-server.jar");
		if (!Files.isRegularFile(jar)) {
			System.out.println("no " + jar + ": build it with ./mvnw -B package -DskipTests to measure the editor");
			return;
		}
		Process process = new ProcessBuilder(javaCommand(), "-cp", jar.toString(), "bench/EditorLatency.java", "settled",
				site(1000).resolve("hosts-00500.berth").toString()).inheritIO().start();
		if (!process.waitFor(15, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("the editor benchmark ran for more than 15 minutes");
		}
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}
}
