package dev.berth.generator.libvirt;

import dev.berth.berth.OsFamily;
import dev.berth.berth.SshKey;
import dev.berth.berth.Vm;
import dev.berth.generator.YamlWriter;
import dev.berth.model.DnsLabels;
import dev.berth.model.MacAddresses;
import dev.berth.model.Machines;
import dev.berth.model.ModelPaths;
import dev.berth.model.Site;
import dev.berth.model.VmFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The NoCloud seed of a Linux VM that has ssh keys, a user-data file or a fixed IP: meta-data (its
 * instance id and host name), user-data (the model's cloud-config file with the model's keys added
 * to {@code ssh_authorized_keys}) and network-config (version 2, each interface matched by MAC).
 *
 * @param id the instance id: the VM's name and a short hash of the seed, so a changed seed is applied again
 */
record CloudInitSeed(String id, String metaData, String userData, String networkConfig) {

	private static final int HASH_CHARS = 8;

	/** Whether a VM gets a seed. */
	static boolean applies(Vm vm) {
		return Machines.os(vm.getOs()).family() == OsFamily.LINUX && (!vm.getSshKeys().isEmpty()
				|| vm.getUserData() != null || vm.getInterfaces().stream().anyMatch(nic -> nic.getIp() != null));
	}

	/** The seed of a VM, when it gets one. */
	static Optional<CloudInitSeed> of(Site site, Vm vm) {
		if (!applies(vm)) {
			return Optional.empty();
		}
		String hostname = DnsLabels.of(vm.getName());
		String userData = "#cloud-config\n" + YamlWriter.dump(userData(vm));
		String networkConfig = YamlWriter.dump(SeedNetworkConfig.of(MacAddresses.of(site), vm));
		String id = vm.getName() + "-" + shortHash(hostname + "\n" + userData + "\n" + networkConfig);
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("instance-id", id);
		meta.put("local-hostname", hostname);
		return Optional.of(new CloudInitSeed(id, YamlWriter.dump(meta), userData, networkConfig));
	}

	/** Where the deployment puts the seed's ISO on the VM's host: named after the seed, so a new seed is a new file. */
	String isoPath(Vm vm) {
		return VmFiles.folder(vm) + "/seed-" + id.substring(id.length() - HASH_CHARS) + ".iso";
	}

	/** The user-data file's mapping, its keys kept, with the model's keys appended to {@code ssh_authorized_keys}. */
	private static Map<String, Object> userData(Vm vm) {
		Map<String, Object> document = new LinkedHashMap<>(cloudConfig(vm));
		List<Object> keys = new ArrayList<>();
		Object existing = document.get("ssh_authorized_keys");
		if (existing instanceof List<?> list) {
			keys.addAll(list);
		} else if (existing != null) {
			keys.add(existing);
		}
		for (SshKey key : vm.getSshKeys()) {
			keys.addAll(key.getKey() != null ? List.of(key.getKey().strip()) : keyFile(vm, key.getFile()));
		}
		if (!keys.isEmpty()) {
			document.put("ssh_authorized_keys", keys);
		}
		return document;
	}

	/** The mapping of the model's {@code user-data} file; empty without one (validation reports a bad file). */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> cloudConfig(Vm vm) {
		if (vm.getUserData() == null) {
			return Map.of();
		}
		try {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions()))
					.load(Files.readString(ModelPaths.resolve(vm, vm.getUserData()), StandardCharsets.UTF_8));
			return loaded instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
		} catch (IOException | RuntimeException e) {
			return Map.of();
		}
	}

	/** The keys of a key file: each line that is neither blank nor a comment. */
	private static List<String> keyFile(Vm vm, String file) {
		Path path = file.startsWith("/") ? Path.of(file) : ModelPaths.resolve(vm, file);
		try {
			return Files.readAllLines(path, StandardCharsets.UTF_8).stream().map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	private static String shortHash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK offers no SHA-256", e);
		}
	}
}
