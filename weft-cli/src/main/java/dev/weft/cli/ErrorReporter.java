package dev.weft.cli;

import dev.weft.error.WeftException;
import java.io.IOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and a non-zero exit code: no stack traces for users. */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int EXIT_ERROR = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        String message = switch (ex) {
            case UserError e -> e.getMessage();
            case WeftException e -> describe(e);
            case IOException e -> "I/O error: " + e.getMessage();
            default -> "internal error: " + ex;
        };
        cmd.getErr().println("weft: error: " + message);
        if (System.getenv("WEFT_BACKTRACE") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return EXIT_ERROR;
    }

    /** A library error as the CLI words it: its kind, then its message (which says where). */
    static String describe(WeftException e) {
        return kind(e) + e.getMessage();
    }

    private static String kind(WeftException e) {
        return switch (e) {
            case dev.weft.error.DecodeException d -> "malformed binary: ";
            case dev.weft.error.ValidationException v -> "invalid component: ";
            case dev.weft.error.LinkException l -> "link error: ";
            case dev.weft.error.InstantiationException i -> "instantiation failed: ";
            case dev.weft.error.Trap t -> "guest trapped: ";
        };
    }
}
