package dev.berth.cli;

import com.google.inject.Injector;
import dev.berth.BerthStandaloneSetup;
import dev.berth.berth.Hypervisor;
import dev.berth.formatting2.DocumentFormatter;
import dev.berth.importer.Identifiers;
import dev.berth.importer.ImportDiagnostic;
import dev.berth.importer.ImportException;
import dev.berth.importer.ImportSources;
import dev.berth.importer.ImportedSite;
import dev.berth.importer.LocalMachine;
import dev.berth.importer.compose.ComposeImporter;
import dev.berth.importer.libvirt.DomainImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code berth import}: one formatted model from Compose files and libvirt XML, with what it did not carry. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Write a .berth model from Compose files and libvirt XML (virsh dumpxml and net-dumpxml output); "
				+ "every key not carried is reported as a warning.")
public class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--on", paramLabel = "MACHINE",
			description = "Place the workloads on this machine of your model (default: host local, declared with "
					+ "connection local and this machine's cores, memory and OS).")
	private String machine;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE",
			description = "Write the model to FILE, which must not exist yet (default: standard output).")
	private Path output;

	@Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Compose files, libvirt domain or network XML files, or folders of them.")
	private List<Path> sources;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		if (output != null && Files.exists(output)) {
			err.println("berth: " + output + " exists; import writes a new file only (remove it or choose another -o)");
			return ExitCodes.USAGE;
		}
		Path folder = output == null ? Path.of("") : output.toAbsolutePath().getParent();
		ImportedSite site = new ImportedSite(machine == null ? LocalMachine.NAME : machine, folder);
		DomainImporter domains = new DomainImporter();
		List<ImportSources.Source> files;
		try {
			files = new ImportSources(new ComposeImporter(), domains).of(sources);
			for (ImportSources.Source source : files) {
				source.importer().read(source.file(), site);
			}
		} catch (ImportException e) {
			err.println(e.toLine());
			return ExitCodes.USAGE;
		}
		site.diagnostics().stream().map(ImportDiagnostic::toLine).forEach(err::println);
		Hypervisor hypervisor = domains.hypervisors().stream().findFirst().orElse(Hypervisor.KVM);
		String text = site.text(deployment(), machine == null
				? LocalMachine.declaration(site.hasVms() ? hypervisor : Hypervisor.NONE, site.hasContainers()) : null);
		String formatted = format(text);
		if (output == null) {
			spec.commandLine().getOut().print(formatted);
		} else {
			TextFiles.write(output, formatted);
		}
		err.println("berth: imported " + site.elements().size() + " elements from " + files.size()
				+ (files.size() == 1 ? " file" : " files") + (output == null ? "" : " into " + output) + "; "
				+ site.diagnostics().size() + (site.diagnostics().size() == 1 ? " warning" : " warnings"));
		return ExitCodes.OK;
	}

	/** The deployment's name: the output file's name without extension, else {@code imported}. */
	private String deployment() {
		if (output == null) {
			return "imported";
		}
		String name = output.getFileName().toString();
		return Identifiers.valid(name.endsWith(".berth") ? name.substring(0, name.length() - ".berth".length()) : name);
	}

	/** The text in the canonical layout, by Berth's own formatter. */
	private static String format(String text) throws IOException {
		Injector injector = new BerthStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("imported.berth"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalStateException("the imported model does not parse: " + resource.getErrors().get(0).getMessage()
					+ " at line " + resource.getErrors().get(0).getLine());
		}
		return injector.getInstance(DocumentFormatter.class).format(resource);
	}
}
