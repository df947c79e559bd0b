package dev.berth.importer;

import java.nio.file.Path;
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
	private final Path modelFolder;
	private final Set<String> names = new HashSet<>();
	private final List<String> elements = new ArrayList<>();
	private final List<ImportDiagnostic> diagnostics = new ArrayList<>();

	/** A site placed on the machine, its model to be written in the folder (relative paths are made relative to it). */
	public ImportedSite(String machine, Path modelFolder) {
		this.machine = machine;
		names.add(machine);
		this.modelFolder = modelFolder.toAbsolutePath().normalize();
	}

	/**
	 * Puts a fuller element in place of the one with that header (or adds it when there is none), and
	 * withdraws what was reported not carried under the key, which the fuller element now carries.
	 */
	public void replace(String header, List<String> properties, String skippedKey) {
		int at = 0;
		while (at < elements.size() && !elements.get(at).startsWith(header + " {\n")) {
			at++;
		}
		element(header, properties);
		if (at < elements.size() - 1) {
			elements.set(at, elements.remove(elements.size() - 1));
		}
		diagnostics.removeIf(d -> d.code().equals("import.skipped") && d.message().startsWith("not imported: " + skippedKey + " ("));
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

	/**
	 * A path written in a source, as the model beside its own folder must write it: an absolute path as
	 * it is, a relative one (relative to the source's folder) made relative to the model's folder.
	 */
	public String path(Path source, String written) {
		Path path = Path.of(written);
		if (path.isAbsolute()) {
			return written;
		}
		Path target = source.toAbsolutePath().getParent().resolve(path).normalize();
		String relative = modelFolder.relativize(target).toString();
		return relative.isEmpty() ? "." : relative.startsWith("..") ? relative : "./" + relative;
	}

	/** Adds an element: its header ({@code container web on local}, {@code network front}) and its properties, one per line. */
	public void element(String header, List<String> properties) {
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

	/** Reports a key carried with a different meaning or form than its source's, and how. */
	public void change(SourceSpot spot, String key, String how) {
		diagnostics.add(new ImportDiagnostic(spot, "changed: " + key + " (" + how + ")", "import.changed"));
	}

	/** The elements in the order they were added. */
	public List<String> elements() {
		return List.copyOf(elements);
	}

	/** The diagnostics in the order they were reported. */
	public List<ImportDiagnostic> diagnostics() {
		return List.copyOf(diagnostics);
	}

	/**
	 * The whole model: the deployment, the declaration of the machine when given (else the workloads
	 * go on a machine the user's model declares), then every element, a blank line between them.
	 */
	public String text(String deployment, String machineDeclaration) {
		List<String> parts = new ArrayList<>();
		parts.add("deployment " + deployment + "\n");
		if (machineDeclaration != null) {
			parts.add(machineDeclaration);
		}
		parts.addAll(elements);
		return String.join("\n", parts);
	}

	/** Whether any container was imported, so the machine needs a container runtime. */
	public boolean hasContainers() {
		return elements.stream().anyMatch(element -> element.startsWith("container "));
	}

	/** Whether any VM was imported, so the machine needs a hypervisor. */
	public boolean hasVms() {
		return elements.stream().anyMatch(element -> element.startsWith("vm "));
	}
}
