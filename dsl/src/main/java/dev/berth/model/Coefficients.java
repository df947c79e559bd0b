package dev.berth.model;

import dev.berth.berth.Hypervisor;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Profile;
import dev.berth.berth.Runtime;
import dev.berth.berth.Sandbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coefficients of a site: the defaults of {@link DefaultCoefficients} and {@link Overheads}
 * (each with its source), overridden by the site's {@code profile} elements.
 */
public final class Coefficients {

	private final Map<String, Platform> platforms = new LinkedHashMap<>(DefaultCoefficients.PLATFORMS);
	private final Map<OsFamily, Figure> baselines = new LinkedHashMap<>();
	private final Map<String, Figure> overheads = new LinkedHashMap<>();

	private Coefficients() {
	}

	/** The coefficients of a site, computed once per site. */
	public static Coefficients of(Site site) {
		return site.fact(Coefficients.class, () -> {
			Coefficients coefficients = new Coefficients();
			site.all(Profile.class).forEach(coefficients::apply);
			return coefficients;
		});
	}

	private void apply(Profile profile) {
		String name = profile.getName();
		Source source = Source.model(name);
		if (profile.getOverhead() != null) {
			overheads.put(name, new Figure(Sizes.bytes(profile.getOverhead()), source));
		}
		for (OsFamily family : OsFamily.values()) {
			if (family.getLiteral().equals(name) && profile.getBaseline() != null) {
				baselines.put(family, new Figure(Sizes.bytes(profile.getBaseline()), source));
			}
		}
		Platform platform = platforms.get(name);
		if (platform != null) {
			platforms.put(name, new Platform(name, platform.form(),
					profile.getCpuOverhead() == null ? platform.cpuOverhead()
							: new Figure(profile.getCpuOverhead().doubleValue(), source),
					profile.getStartMillis() == null ? platform.startMillis()
							: new Figure(profile.getStartMillis().doubleValue(), source),
					profile.getImage() == null ? platform.imageBytes() : new Figure(Sizes.bytes(profile.getImage()), source),
					platform.isolationLevel(), platform.isolation()));
		}
	}

	/** A platform by its keyword: a hypervisor, a container runtime or a sandbox. */
	public Optional<Platform> platform(String name) {
		return Optional.ofNullable(platforms.get(name));
	}

	/** The memory a guest of the family needs for its own OS before any application; Server Core needs less. */
	public Figure baseline(OsFamily family, boolean serverCore) {
		Figure override = baselines.get(family);
		return override != null ? override : DefaultCoefficients.baseline(family, serverCore);
	}

	/** The memory one VM costs its host beyond its own under a hypervisor, as its terms. */
	public Overheads.VmOverhead vmOverhead(Hypervisor hypervisor) {
		Figure override = overheads.get(hypervisor.getLiteral());
		return override == null ? Overheads.of(hypervisor)
				: new Overheads.VmOverhead(override.value() / Sizes.MIB, 0, 0, override.source());
	}

	/**
	 * What one container instance costs beyond its limit, in parts: the runtime's on the kernel, or the
	 * sandbox's when it has one; a profile named after the runtime or sandbox replaces them with its overhead.
	 */
	public List<Overheads.ContainerOverhead> containerOverheads(Runtime runtime, Sandbox sandbox, OsFamily kernel) {
		String name = sandbox == Sandbox.NONE ? runtime.getLiteral() : sandbox.getLiteral();
		List<Overheads.ContainerOverhead> defaults = sandbox == Sandbox.NONE ? List.of(Overheads.of(runtime, kernel))
				: Overheads.of(sandbox);
		Figure override = overheads.get(name);
		if (override == null) {
			return defaults;
		}
		double cores = defaults.stream().mapToDouble(Overheads.ContainerOverhead::cores).sum();
		return List.of(new Overheads.ContainerOverhead(override.value() / Sizes.MIB, cores, override.source(), "overhead"));
	}

	/** The memory, in bytes, one container instance costs beyond its limit: the sum of {@link #containerOverheads}. */
	public long containerOverheadBytes(Runtime runtime, Sandbox sandbox, OsFamily kernel) {
		return containerOverheads(runtime, sandbox, kernel).stream().mapToLong(Overheads.ContainerOverhead::bytes).sum();
	}

	/** The typical image size of an instance: the platform's for Linux, or the Windows figure of its form. */
	public Figure imageBytes(Platform platform, OsFamily family) {
		if (family != OsFamily.WINDOWS) {
			return platform.imageBytes();
		}
		return platform.form() == Platform.Form.VM ? DefaultCoefficients.WINDOWS_VM_DISK
				: DefaultCoefficients.WINDOWS_CONTAINER_IMAGE;
	}
}
