package dev.berth.tests.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random model shaped for the diagram: hosts holding VMs that run containers themselves, containers
 * with replicas over several machines, balancers, networks and a web of {@code depends on}. A workload depends only
 * on workloads of machines declared before its own, so that the machines can be deployed in order.
 */
final class RandomTopology {

	private final Random random;
	private final StringBuilder text = new StringBuilder("deployment random.topology\n");
	private final List<String> machines = new ArrayList<>();
	private final List<String> workloads = new ArrayList<>();
	/** Per workload, the position of the last of its machines in {@link #machines}. */
	private final List<Integer> lastMachine = new ArrayList<>();

	private RandomTopology(long seed) {
		random = new Random(seed);
	}

	/** Writes the model of the seed as {@code folder/site.berth}. */
	static Path write(long seed, Path folder) throws IOException {
		Files.createDirectories(folder);
		return Files.writeString(folder.resolve("site.berth"), new RandomTopology(seed).build());
	}

	private String build() {
		int networks = random.nextInt(5);
		for (int n = 0; n < networks; n++) {
			text.append("network n").append(n).append(" { subnet \"10.").append(n).append(".0.0/24\" }\n");
		}
		for (int h = 2 + random.nextInt(6); h > 0; h--) {
			String host = "h" + h;
			machines.add(host);
			int hostIndex = machines.size() - 1;
			text.append("host ").append(host).append(" { cpu 64 cores memory 256 GiB os linux hypervisor kvm runtime docker }\n");
			for (int v = random.nextInt(4); v > 0; v--) {
				String vm = "v" + h + "x" + v;
				boolean runsContainers = random.nextBoolean();
				text.append("vm ").append(vm).append(" on ").append(host).append(" { os linux vcpu 1 memory 1 GiB disk root 5 GiB")
						.append(runsContainers ? " runtime docker" : "").append(attachments(networks, "network n%d"))
						.append(dependencies(hostIndex))
						.append(" }\n");
				workloads.add(vm);
				lastMachine.add(hostIndex);
				if (runsContainers) {
					machines.add(vm);
				}
			}
		}
		for (int c = 0; c < machines.size() * 3 / 2; c++) {
			List<String> on = new ArrayList<>();
			int first = machines.size();
			int last = 0;
			for (int m = 1 + random.nextInt(2); m > 0; m--) {
				int index = random.nextInt(machines.size());
				if (!on.contains(machines.get(index))) {
					on.add(machines.get(index));
					first = Math.min(first, index);
					last = Math.max(last, index);
				}
			}
			text.append("container c").append(c).append(" on ").append(String.join(", ", on)).append(" { image \"nginx:1.27.2\" ")
					.append("replicas ").append(on.size()).append(" memory 16 MiB user \"1000\"")
					.append(attachments(networks, "network n%d")).append(dependencies(first)).append(" }\n");
			workloads.add("c" + c);
			lastMachine.add(last);
			if (on.size() == 1 && random.nextBoolean()) {
				text.append("balancer b").append(c).append(" on ").append(on.get(0)).append(" { listen ").append(9000 + c)
						.append(" targets c").append(c).append(":80 }\n");
			}
		}
		return text.toString();
	}

	private String attachments(int networks, String format) {
		StringBuilder joined = new StringBuilder();
		for (int n = 0; n < networks; n++) {
			if (random.nextInt(3) == 0) {
				joined.append(' ').append(String.format(format, n));
			}
		}
		return joined.toString();
	}

	private String dependencies(int firstMachine) {
		List<String> targets = new ArrayList<>();
		for (int d = random.nextInt(4); d > 0 && !workloads.isEmpty(); d--) {
			int pick = random.nextInt(workloads.size());
			String target = workloads.get(pick);
			if (lastMachine.get(pick) <= firstMachine && !targets.contains(target)) {
				targets.add(target);
			}
		}
		return targets.isEmpty() ? "" : " depends on " + String.join(", ", targets);
	}
}
