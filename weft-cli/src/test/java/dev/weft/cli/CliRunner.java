package dev.weft.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it prints. */
final class CliRunner {
    record Result(int exitCode, String out, String err) {
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("weft.repo.root", "..")).toAbsolutePath().normalize();
    }

    static synchronized Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        try (var outStream = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(outStream);
            CommandLine cli = WeftCommand.commandLine();
            cli.setOut(new PrintWriter(outStream, true));
            cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
            int code = cli.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
        }
    }
}
