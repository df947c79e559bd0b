package dev.berth.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The model an import builds, element by element, with what it reports: the machine the workloads go
 * on, the names taken (unique across all sources), the elements as Berth text, the diagnostics.
 */
public final class ImportedSite {

	private final String machine;
	private final Set<String> names = new HashSet<>();
	private final List<String> elements = new ArrayList<>();
	private final List<ImportDiagnostic> diagnostics = new ArrayList<>();
	private boolean containers;
	private boolean vms;

	public ImportedSite(String machine) {
		this.machine = machine;
	}

	/** The machine that imported workloads are placed on. */
	public String machine() {
		return machine;
	}

	/**
	 * A name for a new element: the wanted one made a valid identifier, with {@code -2}, {@code -3} ...
	 * when it is taken; a change is reported at the spot.
	 */
	public String name(String wanted, String kind, SourceSpot spot) {
		String base = Identifiers.valid(wanted);
		String name = base;
		for (int i = 2; names.contains(name); i++) {
			name = base + "-" + i;
		}
		names.add(name);
		if (!name.equals(wanted)) {
			diagnostics.add(new ImportDiagnostic(spot, "renamed: " + kind + " " + wanted + " is " + name + " in the model ("
					+ (base.equals(wanted) ? "the name is taken" : "not a Berth name: letters, digits, _ and -, "
							+ "starting with a letter or _") + ")", "import.renamed"));
		}
		return name;
	}

	/** Adds an element: its header ({@code container web on local}, {@code network front}) and its properties, one per line. */
	public void element(String header, List<String> properties) {
		containers |= header.startsWith("container ");
		vms |= header.startsWith("vm ");
		StringBuilder text = new StringBuilder(header).append(" {\n");
		properties.forEach(property -> text.append("    ").append(property).append('\n'));
		elements.add(text.append("}\n").toString());
	}

	/** Adds an element with no block, such as {@code secret db from file "db.txt"}. */
	public void line(String element) {
		elements.add(element + "\n");
	}

	/** Reports a key or element the import does not carry, and why. */
	public void skip(SourceSpot spot, String key, String reason) {
		diagnostics.add(new ImportDiagnostic(spot, "not imported: " + key + " (" + reason + ")", "import.skipped"));
	}

	/** The elements in the order they were added. */
	public List<String> elements() {
		return List.copyOf(elements);
	}

	/** The diagnostics in the order they were reported. */
	public List<ImportDiagnostic> diagnostics() {
		return List.copyOf(diagnostics);
	}

	/** Whether any container was imported, so the machine needs a container runtime. */
	public boolean hasContainers() {
		return containers;
	}

	/** Whether any VM was imported, so the machine needs a hypervisor. */
	public boolean hasVms() {
		return vms;
	}
}
