package dev.weft.cli;

import dev.weft.error.Trap;
import dev.weft.error.WeftException;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and a non-zero exit code: no stack traces for users. */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int EXIT_ERROR = 1;
    private static final int GUEST_FRAMES = 4;

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
        return kind(e) + (e instanceof Trap t ? trap(t) : e.getMessage());
    }

    /** A trap's message with the guest functions that were running, innermost first (at most a few). */
    static String trap(Trap t) {
        List<String> stack = t.guestStack();
        if (stack.isEmpty()) {
            return t.getMessage();
        }
        String frames = String.join(" <- ", stack.subList(0, Math.min(stack.size(), GUEST_FRAMES)));
        return t.getMessage() + " (guest stack: " + frames + (stack.size() > GUEST_FRAMES ? " <- ..." : "") + ")";
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
