package dev.berth.analysis;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.berth.berth.Element;
import dev.berth.model.Figure;
import dev.berth.model.Machines;
import dev.berth.model.Platform;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code analysis.json}, schema {@code berth-analysis/2}: {@code platforms} (coefficients with
 * sources), {@code workloads} (role, both forms, obstacles, recommendation, reasons), {@code machines}
 * (capacity, use as modelled and switched, density) and {@code totals} over the hosts. Sizes are bytes, times milliseconds, CPU cores.
 */
public final class AnalysisJson {

	/** The schema name and version written into every file. */
	public static final String SCHEMA = "berth-analysis/2";

	private AnalysisJson() {
	}

	public static String render(SiteAnalysis analysis) {
		JsonObject root = new JsonObject();
		root.addProperty("schema", SCHEMA);
		JsonArray platforms = new JsonArray();
		for (Platform platform : analysis.coefficients().platforms()) {
			JsonObject object = new JsonObject();
			object.addProperty("name", platform.name());
			object.addProperty("form", platform.vm() ? "vm" : "container");
			object.add("cpuOverhead", figure(platform.cpuOverhead()));
			object.add("startMillis", figure(platform.startMillis()));
			object.add("imageBytes", figure(platform.imageBytes()));
			object.addProperty("isolation", platform.isolation());
			platforms.add(object);
		}
		root.add("platforms", platforms);
		JsonArray workloads = new JsonArray();
		for (Comparison comparison : analysis.comparisons()) {
			workloads.add(comparison(comparison));
		}
		root.add("workloads", workloads);
		JsonArray machines = new JsonArray();
		for (MachineUse use : analysis.machines()) {
			machines.add(machine(use));
		}
		root.add("machines", machines);
		root.add("totals", machine(analysis.totals()));
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
	}

	private static JsonObject figure(Figure figure) {
		JsonObject object = new JsonObject();
		object.addProperty("value", number(figure.value()));
		object.addProperty("source", figure.source());
		return object;
	}

	private static JsonObject comparison(Comparison comparison) {
		JsonObject object = new JsonObject();
		object.addProperty("name", comparison.workload().getName());
		object.addProperty("kind", comparison.workload().eClass().getName().toLowerCase());
		object.addProperty("machine", Machines.name(comparison.machine()));
		object.addProperty("instances", comparison.instances());
		object.addProperty("role", RoleGate.of(comparison.workload()).getLiteral());
		object.add("current", footprint(comparison.current()));
		comparison.alternative().ifPresent(alternative -> object.add("alternative", footprint(alternative)));
		object.addProperty("feasible", comparison.alternative().isPresent());
		JsonArray obstacles = new JsonArray();
		comparison.obstacles().forEach(obstacles::add);
		object.add("obstacles", obstacles);
		object.addProperty("recommendation", comparison.recommendation());
		JsonArray reasons = new JsonArray();
		comparison.reasons().forEach(reasons::add);
		object.add("reasons", reasons);
		return object;
	}

	private static JsonObject footprint(Footprint footprint) {
		JsonObject object = new JsonObject();
		object.addProperty("form", footprint.form());
		object.addProperty("platform", footprint.platform());
		object.addProperty("memoryBytes", footprint.memoryBytes());
		object.addProperty("cpu", number(footprint.cpu()));
		object.addProperty("diskBytes", footprint.diskBytes());
		object.addProperty("startMillis", footprint.startMillis());
		object.addProperty("isolation", footprint.isolation());
		object.addProperty("osFreedom", footprint.osFreedom());
		return object;
	}

	private static JsonObject machine(MachineUse use) {
		JsonObject object = new JsonObject();
		if (use.machine() != null) {
			object.addProperty("name", Machines.name(use.machine()));
			object.addProperty("kind", ((Element) use.machine()).eClass().getName().toLowerCase());
		}
		JsonObject capacity = new JsonObject();
		capacity.addProperty("memoryBytes", use.memoryBytes());
		capacity.addProperty("cpu", number(use.cpu()));
		capacity.addProperty("diskBytes", use.diskBytes());
		object.add("capacity", capacity);
		object.add("used", use(use.used()));
		object.add("switched", use(use.switched()));
		JsonArray density = new JsonArray();
		for (MachineUse.Density entry : use.density()) {
			JsonObject item = new JsonObject();
			item.addProperty("workload", entry.workload().getName());
			item.addProperty("moreInstances", entry.more());
			density.add(item);
		}
		object.add("density", density);
		return object;
	}

	private static JsonObject use(MachineUse.Use use) {
		JsonObject object = new JsonObject();
		object.addProperty("memoryBytes", use.memoryBytes());
		object.addProperty("cpu", number(use.cpu()));
		object.addProperty("diskBytes", use.diskBytes());
		return object;
	}

	/** A number rounded to three decimals, without trailing zeros, so the file is stable across platforms. */
	static BigDecimal number(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
	}
}
