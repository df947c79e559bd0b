package dev.berth.tests.importer;

import dev.berth.importer.ImportDiagnostic;
import dev.berth.importer.ImportException;
import dev.berth.importer.ImportedSite;
import dev.berth.importer.libvirt.DomainImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Imports domain XML written to a folder, and shows the Berth text and the diagnostics it gives. */
final class DomainImport {

	/** The host an imported model is placed on, as the {@code berth import} command declares it. */
	static final String HOST = "host local { connection local cpu 8 cores memory 16 GiB hypervisor kvm runtime docker }\n";

	/** Metadata naming the guest Debian 12, on one line, so no assumption about the guest OS is reported. */
	static final String DEBIAN = "<metadata><libosinfo:libosinfo xmlns:libosinfo='http://libosinfo.org/xmlns/libvirt/domain/1.0'>"
			+ "<libosinfo:os id='http://debian.org/debian/12'/></libosinfo:libosinfo></metadata>\n";

	private DomainImport() {
	}

	/** The site of the domain XML, written to {@code domain.xml} in the folder first. */
	static ImportedSite of(Path folder, String xml) throws IOException, ImportException {
		Path file = folder.resolve("domain.xml");
		Files.writeString(file, xml);
		return read(file);
	}

	/** The site of domain XML files, read in order by one importer, its model written beside the first. */
	static ImportedSite read(Path... files) throws ImportException {
		ImportedSite site = new ImportedSite("local", files[0].toAbsolutePath().getParent());
		DomainImporter importer = new DomainImporter();
		for (Path file : files) {
			importer.read(file, site);
		}
		return site;
	}

	/** A domain with the given elements inside {@code <domain type='kvm'>}, named {@code vm1}, on its second line on. */
	static String domain(String elements) {
		return "<domain type='kvm'>\n  <name>vm1</name>\n" + elements.indent(2) + "</domain>\n";
	}

	/** Every element as Berth text, in order. */
	static String text(ImportedSite site) {
		return String.join("", site.elements());
	}

	/** A model that holds the site: the deployment, the host and the elements. */
	static String model(ImportedSite site, String hypervisor) {
		return site.text("imported", HOST.replace("hypervisor kvm", "hypervisor " + hypervisor));
	}

	/** Each diagnostic as {@code LINE:COLUMN KEY} for a skipped element, or {@code LINE:COLUMN renamed}. */
	static List<String> reported(ImportedSite site) {
		return site.diagnostics().stream().map(DomainImport::brief).toList();
	}

	private static String brief(ImportDiagnostic diagnostic) {
		String message = diagnostic.message();
		String what = message.startsWith("not imported: ") ? message.substring(14, message.indexOf(" (")) : "renamed";
		return diagnostic.spot().line() + ":" + diagnostic.spot().column() + " " + what;
	}

	/** The message of the diagnostic about an element. */
	static String message(ImportedSite site, String key) {
		return site.diagnostics().stream().map(ImportDiagnostic::message).filter(m -> m.contains(": " + key + " ("))
				.findFirst().orElseThrow(() -> new AssertionError("nothing reported about " + key + ": " + site.diagnostics()));
	}
}
