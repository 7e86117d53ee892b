package dev.weft.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code weft} command line: parses flags with picocli and hands the work to the library. */
@Command(name = "weft", mixinStandardHelpOptions = true, version = "weft 0.1.0",
        description = "WebAssembly Component Model runtime and edge host for the JVM.",
        subcommands = {InspectCommand.class, WitCommand.class, RunCommand.class, ServeCommand.class, UpCommand.class,
                NewCommand.class,
                CommandLine.HelpCommand.class})
public final class WeftCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new WeftCommand()).setExecutionExceptionHandler(new ErrorReporter())
                .setParameterExceptionHandler(new UsageErrorReporter());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs the CLI on {@code args}. {@code weft run ...}, the start-up-sensitive case, builds only the {@code run}
     * subcommand (named {@code weft run}, so usage and messages read the same), which spares picocli reflecting
     * over every other command on each start.
     */
    static int execute(String[] args) {
        if (args.length > 0 && args[0].equals("run")) {
            return runCommandLine().execute(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        return commandLine().execute(args);
    }

    /** The {@code run} subcommand on its own. */
    static CommandLine runCommandLine() {
        return new CommandLine(new RunCommand()).setCommandName("weft run")
                .setExecutionExceptionHandler(new ErrorReporter())
                .setParameterExceptionHandler(new UsageErrorReporter());
    }
}
