package dev.berth.model;

import dev.berth.berth.Hypervisor;
import dev.berth.berth.Interface;
import dev.berth.berth.Machine;
import dev.berth.berth.Vm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The MAC address of every VM interface of a site: the one the model gives, else one derived
 * from the deployment's qualified name, the machine, the VM and the interface's index, in the
 * range of the hypervisor's vendor prefix; a derived address that would repeat one already taken
 * is bumped to the next free one, in site order, so every run gives the same addresses.
 */
public final class MacAddresses {

	private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}");
	private static final long SUFFIXES = 1L << 24;

	private final Map<Interface, String> addresses = new IdentityHashMap<>();
	private final Map<Interface, String> derived = new IdentityHashMap<>();

	private MacAddresses() {
	}

	/** The addresses of a site's interfaces, computed once per site. */
	public static MacAddresses of(Site site) {
		return site.fact(MacAddresses.class, () -> compute(site));
	}

	private static MacAddresses compute(Site site) {
		MacAddresses macs = new MacAddresses();
		Set<String> taken = new HashSet<>();
		for (Vm vm : site.all(Vm.class)) {
			for (Interface nic : vm.getInterfaces()) {
				given(nic).ifPresent(mac -> {
					macs.addresses.put(nic, mac);
					taken.add(mac);
				});
			}
		}
		for (Vm vm : site.all(Vm.class)) {
			for (int i = 0; i < vm.getInterfaces().size(); i++) {
				Interface nic = vm.getInterfaces().get(i);
				String mac = derive(vm, i);
				macs.derived.put(nic, mac);
				if (!macs.addresses.containsKey(nic)) {
					while (!taken.add(mac)) {
						mac = next(mac);
					}
					macs.addresses.put(nic, mac);
				}
			}
		}
		return macs;
	}

	/** The address an interface has: its own, else its derived one. */
	public String of(Interface nic) {
		return addresses.get(nic);
	}

	/** The address derived for an interface, before any bump, whether or not the model gives its own. */
	public String derived(Interface nic) {
		return derived.get(nic);
	}

	/** The address an interface gives in the model, in lower case, when it is a valid unicast one. */
	public static Optional<String> given(Interface nic) {
		return nic.getMac() != null && isValid(nic.getMac()) ? Optional.of(nic.getMac().toLowerCase(Locale.ROOT))
				: Optional.empty();
	}

	/** Whether a text is six hex pairs separated by colons, naming a unicast address (the first octet even). */
	public static boolean isValid(String mac) {
		return MAC.matcher(mac).matches() && (Integer.parseInt(mac.substring(0, 2), 16) & 1) == 0;
	}

	/** The derived address of the index-th interface of a VM. */
	private static String derive(Vm vm, int index) {
		Machine machine = vm.getMachine();
		Hypervisor hypervisor = machine == null || machine.eIsProxy() ? Hypervisor.KVM : Machines.hypervisor(machine);
		String deployment = DeploymentNames.of(vm).orElse("");
		byte[] hash = sha256(deployment + "/" + (machine == null || machine.eIsProxy() ? "" : Machines.name(machine))
				+ "/" + vm.getName() + "/" + index);
		int first = hypervisor == Hypervisor.ESXI ? hash[0] & 0x3f : hash[0] & 0xff;
		return String.format("%s:%02x:%02x:%02x", prefix(hypervisor), first, hash[1] & 0xff, hash[2] & 0xff);
	}

	/** The vendor prefix of a hypervisor's generated addresses. */
	private static String prefix(Hypervisor hypervisor) {
		return switch (hypervisor) {
			case XEN -> "00:16:3e";
			case ESXI -> "00:50:56";
			case HYPERV -> "00:15:5d";
			default -> "52:54:00";
		};
	}

	/** The next address within the same vendor prefix, wrapping around. */
	private static String next(String mac) {
		String prefix = mac.substring(0, 8);
		long suffix = Long.parseLong(mac.substring(9).replace(":", ""), 16);
		long bumped = (suffix + 1) % SUFFIXES;
		if (prefix.equals("00:50:56")) {
			bumped &= 0x3fffff;
		}
		return String.format("%s:%02x:%02x:%02x", prefix, bumped >> 16, (bumped >> 8) & 0xff, bumped & 0xff);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK offers no SHA-256", e);
		}
	}
}
