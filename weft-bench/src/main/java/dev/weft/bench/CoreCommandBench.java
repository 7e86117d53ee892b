package dev.weft.bench;

import dev.weft.runtime.engine.CoreEngine;
import dev.weft.runtime.engine.CoreInstance;
import dev.weft.runtime.engine.CoreModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the C compute benchmark's core module ({@code fixtures/build/c-bench.core.wasm}: SHA-256 + fannkuch) on
 * {@link CoreEngine} with {@link Preview1Stubs}, several rounds on fresh instances, printing the guest's own
 * timings (it reads the clock around each kernel) and the wall time of {@code _start}.
 * Usage: {@code java -cp benchmarks.jar dev.weft.bench.CoreCommandBench CORE.wasm ROUNDS ARGS...}
 */
public final class CoreCommandBench {
    private CoreCommandBench() {
    }

    public static void main(String[] argv) throws Exception {
        Path wasm = Path.of(argv[0]);
        int rounds = Integer.parseInt(argv[1]);
        List<String> args = new ArrayList<>(List.of("bench"));
        args.addAll(List.of(argv).subList(2, argv.length));
        long t = System.nanoTime();
        CoreModule module = CoreEngine.create(Optional.empty()).compile(Files.readAllBytes(wasm));
        System.out.printf("weft: compile %.0f ms (in memory)%n", (System.nanoTime() - t) / 1e6);
        for (int round = 1; round <= rounds; round++) {
            Preview1Stubs wasi = new Preview1Stubs(args);
            long start = System.nanoTime();
            CoreInstance instance = module.instantiate(wasi.imports());
            int code = 0;
            try {
                instance.function("_start").call();
            } catch (Preview1Stubs.Exit exit) {
                code = exit.code;
            } catch (dev.weft.error.Trap trap) {
                if (!(trap.getCause() instanceof Preview1Stubs.Exit exit)) {
                    throw trap;
                }
                code = exit.code;
            }
            double wall = (System.nanoTime() - start) / 1e6;
            if (round == 1) {
                System.out.print(wasi.stdoutText());
            }
            System.out.printf("weft round %d: exit %d, %s (wall %.0f ms)%n", round, code,
                    wasi.stderrText().strip(), wall);
        }
    }
}
