package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code weft run} builds only the run subcommand (start-up); what the user sees must not change: usage text,
 * and one-line errors with the exit codes of the full command tree.
 */
class RunFastPathTest {

    @Test
    void usageOfRunAloneEqualsUsageUnderTheFullCommand() {
        CommandLine full = WeftCommand.commandLine().getSubcommands().get("run");
        assertEquals(usage(full), usage(WeftCommand.runCommandLine()));
        assertTrue(usage(full).startsWith("Usage: weft run "), usage(full));
    }

    @Test
    void badOptionGivesTheSameMessageAndExitCode() {
        String[] args = {"--no-such-flag", "x.wasm"};
        var fast = capture(WeftCommand.runCommandLine(), args);
        var slow = captureFull(args);
        assertEquals(slow, fast);
        assertEquals(2, Integer.parseInt(fast.split("\n", 2)[0]));
    }

    @Test
    void missingFileIsAOneLineError() {
        var fast = capture(WeftCommand.runCommandLine(), new String[] {"/no/such/file.wasm"});
        assertEquals(captureFull(new String[] {"/no/such/file.wasm"}), fast);
        assertTrue(fast.startsWith("1\n") && fast.contains("weft: error: "), fast);
    }

    private static String usage(CommandLine cli) {
        var text = new StringWriter();
        cli.usage(new PrintWriter(text));
        return text.toString();
    }

    private static String captureFull(String[] runArgs) {
        String[] args = new String[runArgs.length + 1];
        args[0] = "run";
        System.arraycopy(runArgs, 0, args, 1, runArgs.length);
        return capture(WeftCommand.commandLine(), args);
    }

    private static String capture(CommandLine cli, String[] args) {
        var out = new StringWriter();
        var err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return code + "\n" + out + "\n" + err;
    }
}
