package dev.berth.analysis;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.berth.berth.Element;
import dev.berth.model.Machines;
import dev.berth.model.Source;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code analysis.json}, schema {@code berth-analysis/2}: {@code sources} (numbered, each published with its
 * address, an estimate with its reasoning, or a profile of the model), {@code workloads} (role, every possible
 * form with each figure's value, formula and source numbers, obstacles, recommendation, reasons), {@code machines}
 * (capacity, use as modelled and with the recommended forms, density) and {@code totals} over the hosts. Sizes are
 * bytes, times milliseconds, CPU cores.
 */
public final class AnalysisJson {

	/** The schema name and version written into every file. */
	public static final String SCHEMA = "berth-analysis/2";

	private AnalysisJson() {
	}

	public static String render(SiteAnalysis analysis) {
		SourceList sources = SourceList.of(analysis);
		JsonObject root = new JsonObject();
		root.addProperty("schema", SCHEMA);
		JsonArray list = new JsonArray();
		for (Source source : sources.sources()) {
			JsonObject object = new JsonObject();
			object.addProperty("number", sources.number(source));
			object.addProperty("kind", source.kind().name().toLowerCase(Locale.ROOT));
			object.addProperty("text", source.text());
			if (source.address() != null) {
				object.addProperty("address", source.address());
			}
			list.add(object);
		}
		root.add("sources", list);
		JsonArray workloads = new JsonArray();
		for (Comparison comparison : analysis.comparisons()) {
			workloads.add(comparison(comparison, sources));
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

	private static JsonObject comparison(Comparison comparison, SourceList sources) {
		JsonObject object = new JsonObject();
		object.addProperty("name", comparison.workload().getName());
		object.addProperty("kind", comparison.workload().eClass().getName().toLowerCase(Locale.ROOT));
		object.addProperty("machine", Machines.name(comparison.machine()));
		object.addProperty("instances", comparison.instances());
		object.addProperty("role", RoleGate.of(comparison.workload()).getLiteral());
		object.addProperty("current", comparison.current().form().label());
		comparison.recommended().ifPresent(form -> object.addProperty("recommended", form.form().label()));
		object.addProperty("recommendation", comparison.recommendation());
		JsonArray forms = new JsonArray();
		comparison.forms().forEach(form -> forms.add(footprint(form, sources)));
		object.add("forms", forms);
		JsonArray obstacles = new JsonArray();
		comparison.obstacles().forEach(obstacles::add);
		object.add("obstacles", obstacles);
		JsonArray reasons = new JsonArray();
		comparison.reasons().forEach(reasons::add);
		object.add("reasons", reasons);
		return object;
	}

	private static JsonObject footprint(Footprint footprint, SourceList sources) {
		JsonObject object = new JsonObject();
		object.addProperty("form", footprint.form().label());
		object.addProperty("platform", footprint.platform());
		object.add("memoryBytes", amount(footprint.memory(), sources));
		object.add("cpu", amount(footprint.cpu(), sources));
		object.add("diskBytes", amount(footprint.disk(), sources));
		object.add("startMillis", amount(footprint.start(), sources));
		object.addProperty("isolationLevel", footprint.isolationLevel());
		object.addProperty("isolation", footprint.isolation());
		object.addProperty("osFreedom", footprint.osFreedom());
		return object;
	}

	private static JsonObject amount(Amount amount, SourceList sources) {
		JsonObject object = new JsonObject();
		object.addProperty("value", amount.unit() == Amount.Unit.CORES ? number(amount.value())
				: BigDecimal.valueOf(Math.round(amount.value())));
		object.addProperty("formula", amount.formula());
		JsonArray cited = new JsonArray();
		amount.sources().forEach(source -> cited.add(sources.number(source)));
		object.add("sources", cited);
		return object;
	}

	private static JsonObject machine(MachineUse use) {
		JsonObject object = new JsonObject();
		if (use.machine() != null) {
			object.addProperty("name", Machines.name(use.machine()));
			object.addProperty("kind", ((Element) use.machine()).eClass().getName().toLowerCase(Locale.ROOT));
		}
		JsonObject capacity = new JsonObject();
		capacity.addProperty("memoryBytes", use.memoryBytes());
		capacity.addProperty("cpu", number(use.cpu()));
		capacity.addProperty("diskBytes", use.diskBytes());
		object.add("capacity", capacity);
		object.add("used", use(use.used()));
		object.add("switched", use(use.switched()));
		JsonArray density = new JsonArray();
		for (Density entry : use.density()) {
			JsonObject item = new JsonObject();
			item.addProperty("workload", entry.workload().getName());
			item.addProperty("moreInstances", entry.more());
			item.addProperty("formula", entry.formula());
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
