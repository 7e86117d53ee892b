package dev.weft.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line (unknown flag or command, missing FILE, a flag without its value) as one line
 * that points to the command's help, instead of picocli's message followed by the whole usage text.
 */
final class UsageErrorReporter implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("weft: error: " + message(ex, cmd) + "; see `" + cmd.getCommandSpec().qualifiedName()
                + " --help`");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String message(ParameterException ex, CommandLine cmd) {
        if (ex instanceof UnmatchedArgumentException u && !cmd.getSubcommands().isEmpty()) {
            List<String> unmatched = u.getUnmatched();
            if (!unmatched.isEmpty() && !unmatched.get(0).startsWith("-")) {
                return "unknown command `" + unmatched.get(0) + "` (commands: "
                        + String.join(", ", cmd.getSubcommands().keySet()) + ")";
            }
        }
        return ex.getMessage().lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse("invalid command line");
    }
}
