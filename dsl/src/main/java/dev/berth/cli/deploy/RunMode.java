package dev.berth.cli.deploy;

import java.util.Map;

/** The three runs of a deployment: which playbook each plays and the words it reports with. */
public enum RunMode {
	/** {@code deploy.yaml} in check mode: what a deploy would do. */
	PLAN("deploy.yaml"),
	/** {@code deploy.yaml}: creates, changes and removes what differs from the model. */
	DEPLOY("deploy.yaml"),
	/** {@code destroy.yaml}: removes what the deployment made. */
	DESTROY("destroy.yaml");

	private final String playbook;

	RunMode(String playbook) {
		this.playbook = playbook;
	}

	/** The playbook's file name in {@code OUT/ansible}. */
	public String playbook() {
		return playbook;
	}

	/** Whether the run only looks ({@code --check}). */
	public boolean check() {
		return this == PLAN;
	}

	/** The progress line of one changed resource, such as {@code container web-1 created}. */
	public String progress(Change change, String resource) {
		return check() ? "would " + verb(change) + " " + resource : resource + " " + verb(change) + "d";
	}

	/** The counts of a summary, such as {@code 2 to create, 1 to change, 0 to remove, 5 unchanged}. */
	public String counts(Map<Change, Integer> counts) {
		StringBuilder text = new StringBuilder();
		for (Change change : new Change[] { Change.CREATE, Change.CHANGE, Change.REMOVE }) {
			int count = counts.getOrDefault(change, 0);
			text.append(count).append(check() ? " to " + verb(change) : " " + verb(change) + "d").append(", ");
		}
		return text.append(counts.getOrDefault(Change.UNCHANGED, 0)).append(" unchanged").toString();
	}

	private static String verb(Change change) {
		return change.name().toLowerCase();
	}
}
