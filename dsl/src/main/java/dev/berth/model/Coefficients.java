package dev.berth.model;

import dev.berth.berth.OsFamily;
import dev.berth.berth.Profile;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coefficients of a site: the defaults of {@link DefaultCoefficients} (each with its source)
 * and {@link Overheads}, overridden by the site's {@code profile} elements.
 */
public final class Coefficients {

	private final Map<String, Platform> platforms = new LinkedHashMap<>(DefaultCoefficients.PLATFORMS);
	private final Map<OsFamily, Figure> baselines = new LinkedHashMap<>(DefaultCoefficients.BASELINES);
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
		String source = "profile " + name + " in the model";
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
			platforms.put(name, new Platform(name, platform.vm(),
					profile.getCpuOverhead() == null ? platform.cpuOverhead()
							: new Figure(profile.getCpuOverhead().doubleValue(), source),
					profile.getStartMillis() == null ? platform.startMillis()
							: new Figure(profile.getStartMillis().doubleValue(), source),
					profile.getImage() == null ? platform.imageBytes() : new Figure(Sizes.bytes(profile.getImage()), source),
					platform.isolation()));
		}
	}

	/** A platform by its keyword. */
	public Optional<Platform> platform(String name) {
		return Optional.ofNullable(platforms.get(name));
	}

	/** Every platform, the comparison profiles included. */
	public List<Platform> platforms() {
		return List.copyOf(platforms.values());
	}

	/** Every distinct source behind the platforms' figures, in table order, for the reports to list. */
	public List<String> sources() {
		Set<String> sources = new LinkedHashSet<>();
		for (Platform platform : platforms.values()) {
			sources.add(platform.cpuOverhead().source());
			sources.add(platform.startMillis().source());
			sources.add(platform.imageBytes().source());
		}
		baselines.values().forEach(baseline -> sources.add(baseline.source()));
		return List.copyOf(sources);
	}

	/** The memory a guest of the family needs for its own OS before any application. */
	public Figure baseline(OsFamily family) {
		return baselines.get(family);
	}

	/** The memory one VM costs its host beyond its own, for a hypervisor. */
	public Figure vmOverhead(String hypervisor, int vcpus, long guestBytes) {
		Figure override = overheads.get(hypervisor);
		if (override != null) {
			return override;
		}
		Overheads.VmOverhead overhead = DefaultCoefficients.vmOverhead(hypervisor);
		return new Figure(overhead.bytes(vcpus, guestBytes), overhead.source());
	}

	/** The memory one container instance costs its machine beyond its limit, for a runtime. */
	public Figure containerOverhead(String runtime) {
		Figure override = overheads.get(runtime);
		if (override != null) {
			return override;
		}
		Overheads.ContainerOverhead overhead = DefaultCoefficients.containerOverhead(runtime);
		return new Figure(overhead.bytes(), overhead.source());
	}

	/** The typical image size of an instance: the platform's for Linux, or the Windows figure of its form. */
	public Figure imageBytes(Platform platform, OsFamily family) {
		return family == OsFamily.WINDOWS ? DefaultCoefficients.windowsImage(platform.vm()) : platform.imageBytes();
	}
}
