package dev.berth.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code berth}. Picocli reads every registered subcommand's options up front,
 * so a command line that names one registers only that one, and starts faster.
 */
final class Subcommands {

	/** Every subcommand, in the order that the help lists them. */
	private static final List<Class<?>> ALL = List.of(ValidateCommand.class, GenerateCommand.class, PlanCommand.class,
			DeployCommand.class, DestroyCommand.class, AnalyzeCommand.class, FormatCommand.class,
			ImportCommand.class, CommandLine.HelpCommand.class);

	private Subcommands() {
	}

	/**
	 * The subcommands that parsing the arguments needs: the one that the first argument that is not
	 * an option names (the top command's options take no value), or all of them for {@code help},
	 * for no subcommand and for an unknown one, so that the help and the errors still list them.
	 */
	static List<Class<?>> neededFor(String[] args) {
		Optional<String> named = Arrays.stream(args).takeWhile(arg -> !arg.equals("--"))
				.filter(arg -> !arg.startsWith("-")).findFirst();
		for (Class<?> subcommand : ALL) {
			String name = subcommand.getAnnotation(Command.class).name();
			if (!name.equals("help") && named.filter(name::equals).isPresent()) {
				return List.of(subcommand);
			}
		}
		return ALL;
	}
}
