package dev.berth.generator.ansible;

import dev.berth.berth.Container;
import dev.berth.berth.Machine;
import dev.berth.berth.Secret;
import dev.berth.berth.SecretSource;
import dev.berth.generator.DeployLayout;
import dev.berth.model.Site;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The files a machine's containers read, copied under {@code /var/lib/berth/MACHINE/} as in OUT's
 * {@code docker/MACHINE/}: build contexts, env files and bind sources, and the secrets, readable by
 * the container's numeric user (else root) only.
 */
final class FileVars {

	private FileVars() {
	}

	/** The copies of files beside the model; a folder's contents go into the folder of the same name. */
	static List<Map<String, Object>> copies(Site site, Machine machine, String root) {
		List<Map<String, Object>> copies = new ArrayList<>();
		for (DeployLayout.Copy copy : DeployLayout.copies(site, machine)) {
			if (!copy.secret()) {
				boolean folder = Files.isDirectory(copy.source());
				Map<String, Object> item = AnsibleYaml.item("file", onMachine(root, copy.target()) + (folder ? "/" : ""));
				item.put("src", copy.source() + (folder ? "/" : ""));
				item.put("force", true);
				item.put("mode", "preserve");
				copies.add(item);
			}
		}
		return copies;
	}

	/** A file of OUT copied to the machine: {@code out} is its path from {@code OUT/ansible}. */
	static Map<String, Object> fromOut(String out, String target) {
		Map<String, Object> item = AnsibleYaml.item("file", target);
		item.put("out", "../" + out);
		item.put("force", true);
		item.put("mode", "0644");
		return item;
	}

	/** The secrets of the machine's containers: copied from beside the model, or written from the deploying environment. */
	static List<Map<String, Object>> secrets(Site site, Machine machine, String root) {
		Map<Secret, String> owners = new LinkedHashMap<>();
		for (Site.Instances instances : site.containersOn(machine)) {
			Container container = instances.container();
			for (Secret secret : container.getSecrets()) {
				if (!secret.eIsProxy() && DeployLayout.secretFile(secret).startsWith("./")) {
					String owner = numericUser(container);
					owners.merge(secret, owner, (old, now) -> old.equals("root") ? now : old);
				}
			}
		}
		List<Map<String, Object>> secrets = new ArrayList<>();
		owners.forEach((secret, owner) -> {
			Map<String, Object> item = AnsibleYaml.item("file", onMachine(root, DeployLayout.secretFile(secret)));
			if (secret.getSource() == SecretSource.ENV) {
				item.put("var", secret.getLocation());
			} else {
				item.put("src", DeployLayout.copies(site, machine).stream()
						.filter(c -> c.secret() && c.target().endsWith("/secrets/" + secret.getName())).findFirst()
						.orElseThrow().source().toString());
			}
			item.put("owner", owner);
			secrets.add(item);
		});
		return secrets;
	}

	/** The folders under the machine's root that must exist before the files land there: the parents of each target. */
	static List<String> folders(String root, List<Map<String, Object>> items) {
		TreeSet<String> folders = new TreeSet<>();
		for (Map<String, Object> item : items) {
			String path = ((String) item.get("name")).replaceAll("/+$", "");
			for (String parent = parent(path); parent.startsWith(root); parent = parent(parent)) {
				folders.add(parent);
			}
		}
		return List.copyOf(folders);
	}

	private static String parent(String path) {
		return path.substring(0, Math.max(path.lastIndexOf('/'), 0));
	}

	/** A target of DeployLayout ({@code ./X}, or {@code docker/MACHINE/X} from OUT) under the machine's root. */
	private static String onMachine(String root, String target) {
		return root + "/" + (target.startsWith("./") ? target.substring(2) : target.split("/", 3)[2]);
	}

	/** The user a container runs as when numeric ({@code 101} or {@code 101:101}), else root. */
	private static String numericUser(Container container) {
		String user = container.getUser();
		return user != null && user.matches("\\d+(:\\d+)?") ? user.split(":")[0] : "root";
	}
}
