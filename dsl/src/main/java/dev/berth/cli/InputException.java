package dev.berth.cli;

/** An input the command line cannot read or use: the command exits with status 2. */
public class InputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InputException(String message) {
		super(message);
	}
}
