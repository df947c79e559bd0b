package dev.berth.cli.deploy;

/** What a run did, or would do, to one resource of a machine, as the event contract counts it. */
public enum Change {
	CREATE, CHANGE, REMOVE, UNCHANGED
}
