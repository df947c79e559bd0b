package dev.berth.importer;

import java.nio.file.Path;

/** Reads one kind of source (a Compose file, a libvirt domain) into the site an import builds. */
public interface SourceImporter {

	/** Adds the source's elements to the site, reporting on it what is not carried and what is renamed. */
	void read(Path file, ImportedSite site) throws ImportException;
}
