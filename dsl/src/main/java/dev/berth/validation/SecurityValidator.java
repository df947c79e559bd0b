package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.EnvVar;
import dev.berth.berth.GraphicsKind;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Vm;
import dev.berth.model.HostNames;
import dev.berth.model.Machines;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.xtext.validation.Check;

/** Warns of what an attacker would use: privileged containers, root users, secrets in plain text, open consoles. */
public class SecurityValidator extends ConcernValidator {

	private static final Set<String> ROOT_USERS = Set.of("root", "0", "containeradministrator");
	private static final Pattern SECRET_WORD = Pattern.compile("PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL");
	private static final Set<String> KEY_WORDS = Set.of("KEY", "APIKEY", "PRIVATEKEY", "ACCESSKEY");

	@Check
	public void checkNotPrivileged(Container container) {
		if (container.isPrivileged()) {
			warning(describe(container) + " runs privileged: it gets every capability and the machine's devices, so "
					+ "whoever breaks into it owns the machine; drop privileged and grant only what it needs", container,
					BerthPackage.Literals.CONTAINER__PRIVILEGED, IssueCodes.SECURITY_PRIVILEGED, container.getName());
		}
	}

	@Check
	public void checkNotRoot(Container container) {
		boolean windows = Machines.os(container.getOs()).family() == OsFamily.WINDOWS;
		String suggestion = windows ? "ContainerUser" : "1000";
		if (container.getUser() == null) {
			warning(describe(container) + " runs as its image's default user, " + (windows ? "ContainerAdministrator"
					: "often root") + "; add `user \"" + suggestion + "\"` (a user without administrator rights)",
					container, BerthPackage.Literals.ELEMENT__NAME, IssueCodes.SECURITY_ROOT_USER, suggestion);
			return;
		}
		String name = container.getUser().split(":", 2)[0].trim().toLowerCase(Locale.ROOT);
		if (ROOT_USERS.contains(name)) {
			warning(describe(container) + " runs as " + container.getUser() + ", with full rights over everything it "
					+ "can reach; use a user without administrator rights, such as \"" + suggestion + "\"", container,
					BerthPackage.Literals.CONTAINER__USER, IssueCodes.SECURITY_ROOT_USER, suggestion);
		}
	}

	@Check
	public void checkNoPlaintextSecret(Container container) {
		for (int i = 0; i < container.getEnv().size(); i++) {
			EnvVar env = container.getEnv().get(i);
			if (env.getKey() == null || env.getValue() == null || env.getValue().isEmpty() || !looksSecret(env.getKey())) {
				continue;
			}
			String secret = env.getKey().toLowerCase(Locale.ROOT).replace('-', '_');
			warning("env " + env.getKey() + " of " + describe(container) + " holds what looks like a secret in plain "
					+ "text, readable by anyone who reads the model or inspects the container; move it into a secret: "
					+ "`secret " + secret + " from env \"" + env.getKey() + "\"`", container,
					BerthPackage.Literals.CONTAINER__ENV, i, IssueCodes.SECURITY_PLAINTEXT_SECRET, env.getKey(), secret);
		}
	}

	/** Whether a variable name says it holds a secret; {@code *_FILE} names a file that holds one instead. */
	static boolean looksSecret(String key) {
		String upper = key.toUpperCase(Locale.ROOT);
		if (upper.endsWith("_FILE")) {
			return false;
		}
		for (String word : upper.split("[_\\-.]")) {
			if (SECRET_WORD.matcher(word).find() || KEY_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	@Check
	public void checkGraphicsNotExposed(Vm vm) {
		if (vm.getGraphics() == null || vm.getGraphics().getKind() == GraphicsKind.NONE) {
			return;
		}
		String kind = vm.getGraphics().getKind().getLiteral();
		String listen = vm.getGraphics().getListen() == null ? "127.0.0.1" : vm.getGraphics().getListen();
		String message = HostNames.isLoopback(listen)
				? describe(vm) + " has a " + kind + " console on " + listen + ", an attack surface for anyone with a "
						+ "shell on its host; remove graphics unless you need it (a serial console is always there)"
				: describe(vm) + " has a " + kind + " console listening on " + listen + ", open to anyone who reaches "
						+ "that address; listen on 127.0.0.1 and tunnel over ssh, or remove graphics";
		warning(message, vm, BerthPackage.Literals.VM__GRAPHICS, IssueCodes.SECURITY_GRAPHICS_EXPOSED, listen);
	}
}
