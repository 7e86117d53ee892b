package dev.weft.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "weft", mixinStandardHelpOptions = true, version = "weft 0.1.0",
        description = "WebAssembly Component Model runtime and edge host for the JVM.",
        subcommands = {InspectCommand.class, WitCommand.class, RunCommand.class, ServeCommand.class, UpCommand.class,
                CommandLine.HelpCommand.class})
public final class WeftCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new WeftCommand()).setExecutionExceptionHandler(new ErrorReporter());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
