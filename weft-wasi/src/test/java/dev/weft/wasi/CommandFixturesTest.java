package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.Component;
import dev.weft.testkit.CommandCase;
import dev.weft.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the repo's C command fixtures ({@code fixtures/c/CASE.json}) and compares with what jco recorded. */
class CommandFixturesTest {
    @TestFactory
    Stream<DynamicTest> cFixtures() {
        return Fixtures.commandCases().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> run(WasiTestsuiteTest.ENGINE, c)));
    }

    /** Runs one case on {@code engine} and checks its exit code and output against jco's. */
    static void run(dev.weft.runtime.Engine engine, CommandCase c) throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(c.program()));
        args.addAll(c.args());
        var ctx = WasiContext.builder().args(args).env(c.env()).stdout(out).stderr(err)
                .stdin(new ByteArrayInputStream(c.stdin().getBytes(StandardCharsets.UTF_8)));
        List<Path> temps = new ArrayList<>();
        for (Map.Entry<String, Path> p : c.preopens().entrySet()) {
            Path temp = Files.createTempDirectory("weft-fixture");
            TreeCopy.delete(temp);
            TreeCopy.copy(p.getValue(), temp);
            temps.add(temp);
            ctx.preopenDir(temp, p.getKey(), false);
        }
        try {
            int exit;
            try {
                exit = WasiCommand.run(engine,
                        Component.decode(Files.readAllBytes(c.component())), ctx.build());
            } catch (dev.weft.error.Trap trap) {
                throw new AssertionError(c.name() + ": trap " + trap.getMessage() + " in " + trap.guestStack()
                        + "; stderr: " + err, trap);
            }
            assertEquals(c.expectedExit(), exit, c.name() + ": exit (stderr " + err + ")");
            assertEquals(c.expectedStdout(), out.toString(StandardCharsets.UTF_8), c.name() + ": stdout");
            if (c.expectedStderr().isPresent()) {
                assertEquals(c.expectedStderr().get(), err.toString(StandardCharsets.UTF_8), c.name() + ": stderr");
            }
        } finally {
            for (Path t : temps) {
                TreeCopy.delete(t);
            }
        }
    }
}
