import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic Berth site of N hosts for benchmarks: per host two VMs (one running
 * containerd), containers with replicas spread over two hosts and port ranges, a network per ten
 * hosts, a balancer per ten hosts; 50 hosts to a file unless told (about 50 lines a host). With an
 * even number of hosts the site validates with no error.
 *
 * Usage: java bench/SyntheticSite.java OUT_FOLDER HOSTS [HOSTS_PER_FILE]
 */
public class SyntheticSite {

	public static void main(String[] args) throws IOException {
		if (args.length < 2 || args.length > 3) {
			System.err.println("usage: java bench/SyntheticSite.java OUT_FOLDER HOSTS [HOSTS_PER_FILE]");
			System.exit(2);
		}
		Path out = Path.of(args[0]);
		int hosts = Integer.parseInt(args[1]);
		int perFile = args.length == 3 ? Integer.parseInt(args[2]) : 50;
		Files.createDirectories(out);
		Files.writeString(out.resolve("networks.berth"), networks(hosts));
		for (int first = 0; first < hosts; first += perFile) {
			int last = Math.min(hosts, first + perFile);
			Files.writeString(out.resolve(String.format("hosts-%05d.berth", first)), hostFile(first, last, hosts));
		}
	}

	private static String networks(int hosts) {
		StringBuilder text = new StringBuilder("deployment synthetic\n\n");
		text.append("secret db_password from env \"DB_PASSWORD\"\n\n");
		for (int n = 0; n < (hosts + 9) / 10; n++) {
			text.append(String.format("network net%d {\n    subnet \"10.%d.%d.0/24\"\n    gateway \"10.%d.%d.1\"\n}\n\n",
					n, n / 256, n % 256, n / 256, n % 256));
		}
		return text.toString();
	}

	private static String hostFile(int first, int last, int hosts) {
		StringBuilder text = new StringBuilder("deployment synthetic\n\n");
		for (int h = first; h < last; h++) {
			int net = h / 10;
			int peer = (h + 1) % hosts;
			String subnet = String.format("10.%d.%d", net / 256, net % 256);
			text.append(String.format("""
					host h%1$d {
					    cpu 64 cores
					    memory 256 GiB
					    disk 4 TiB
					    os linux "Debian 12"
					    hypervisor kvm
					    runtime docker
					    address "192.168.%2$d.%3$d"
					}

					vm db%1$d on h%1$d {
					    os linux "Debian 12"
					    vcpu 8
					    memory 32 GiB
					    disk root 40 GiB
					    disk data 200 GiB format raw
					    network net%4$d ip "%5$s.%6$d"
					    autostart
					}

					vm k8s%1$d on h%1$d {
					    os linux "Flatcar"
					    vcpu 8
					    memory 32 GiB
					    disk root 20 GiB
					    network net%4$d ip "%5$s.%7$d"
					    runtime containerd
					}

					container web%1$d on h%1$d, h%8$d {
					    image "nginx:1.27.2"
					    replicas 4
					    cpu 0.5
					    memory 256 MiB
					    port %9$d-%10$d -> 80
					    secret db_password
					    network net%4$d
					    user "101"
					    depends on api%1$d
					}

					container api%1$d on k8s%1$d {
					    image "registry.example.com:5000/team/api:1.4.2"
					    replicas 2
					    cpu 1.0
					    memory 512 MiB
					    port 9000-9001 -> 9000
					    user "1000"
					}

					""", h, h / 250, h % 250 + 1, net, subnet, 10 + (h % 10) * 2, 11 + (h % 10) * 2, peer,
					8080 + 2 * (h % 2), 8081 + 2 * (h % 2)));
			if (h % 10 == 0) {
				text.append(String.format("balancer lb%1$d on h%1$d {\n    listen 80\n    targets web%1$d\n}\n\n", h));
			}
		}
		return text.toString();
	}
}
