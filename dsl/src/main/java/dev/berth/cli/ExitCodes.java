package dev.berth.cli;

/** The exit statuses of the contract. */
public final class ExitCodes {

	/** No error; warnings are allowed. */
	public static final int OK = 0;

	/** The model has errors. */
	public static final int MODEL_ERRORS = 1;

	/** A usage error, or an input that cannot be read. */
	public static final int USAGE = 2;

	/** An internal failure. */
	public static final int INTERNAL = 3;

	/** A deployment run in which a machine failed or could not be reached. */
	public static final int DEPLOY_FAILED = 4;

	private ExitCodes() {
	}
}
