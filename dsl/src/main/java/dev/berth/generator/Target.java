package dev.berth.generator;

/** What {@code berth generate} can write. */
public enum Target {
	/** Compose files, HAProxy configurations and LXC configurations. */
	DOCKER,
	/** libvirt domain and network XML with a define script per host. */
	LIBVIRT,
	/** The VM-versus-container comparison: analysis.json, report.md and report.html. */
	ANALYSIS,
	/** The topology diagram: topology.dot and topology.svg. */
	DIAGRAM,
	/** Every target, plus the scripts that deploy and destroy the whole site. */
	ALL
}
