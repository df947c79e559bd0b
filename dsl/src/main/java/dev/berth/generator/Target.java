package dev.berth.generator;

/** What {@code berth generate} can write. */
public enum Target {
	/** Compose files, HAProxy configurations and LXC configurations. */
	DOCKER,
	/** libvirt domain and network XML and cloud-init seeds. */
	LIBVIRT,
	/** The Ansible inventory, host_vars and playbooks that deploy and destroy the site. */
	ANSIBLE,
	/** The VM-versus-container comparison: analysis.json, report.md and report.html. */
	ANALYSIS,
	/** The topology diagram: topology.dot and topology.svg. */
	DIAGRAM,
	/** Every target. */
	ALL
}
