package dev.weft.bench;

import dev.weft.component.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Limits;
import dev.weft.runtime.Linker;
import dev.weft.runtime.engine.CoreEngine;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.runtime.engine.CoreStore;
import dev.weft.runtime.engine.Metering;
import dev.weft.value.Val;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the fuel meter (and the call-depth meter) cost on compute: the same code compiled without meters
 * ({@code meters=none}), with fuel, and with fuel and call depth. Two workloads: {@code countLoop}, the tight
 * loop {@code count(1_000_000)} of {@code fixtures/wat/limits.wat} (worst case: a charge per 10 instructions),
 * and {@code cCompute}, the C benchmark's core module ({@code fixtures/build/c-bench.core.wasm}, SHA-256 of 1 MiB
 * and fannkuch 8) on {@link CoreEngine}. Compare the scores of one workload across {@code meters}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FuelBenchmark {
    @Param({"none", "fuel", "fuel+depth"})
    public String meters;

    private ComponentFunction count;
    private CoreModule cBench;
    private Metering metering;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path root = Path.of(System.getProperty("weft.repo.root", "."));
        metering = switch (meters) {
            case "none" -> Metering.NONE;
            case "fuel" -> new Metering(true, false);
            case "fuel+depth" -> new Metering(true, true);
            default -> throw new IllegalArgumentException("meters: none, fuel or fuel+depth, not " + meters);
        };
        var engine = Engine.builder().withoutDiskCache();
        var limits = Limits.builder();
        if (metering.fuel()) {
            engine.withFuel();
            limits.fuel(Long.MAX_VALUE);
        }
        if (metering.callDepth()) {
            engine.withCallDepthMeter();
            limits.maxCallDepth(100_000);
        }
        Component component = Component.decode(Files.readAllBytes(root.resolve("fixtures/build/limits.wasm")));
        count = new Linker().prepare(engine.withDefaultLimits(limits.build()).build(), component).instantiate()
                .function("count").orElseThrow();
        cBench = CoreEngine.create(Optional.empty())
                .compile(Files.readAllBytes(root.resolve("fixtures/build/c-bench.core.wasm")), metering);
    }

    @Benchmark
    public Optional<Val> countLoop() throws Exception {
        return count.invoke(Val.u32(1_000_000));
    }

    @Benchmark
    public int cCompute() throws Exception {
        Preview1Stubs wasi = new Preview1Stubs(List.of("bench", "1", "8"));
        CoreStore store = CoreStore.unlimited();
        if (metering.callDepth()) {
            store.setMaxCallDepth(100_000);
        }
        try {
            cBench.instantiate(wasi.imports(), store).function("_start").call();
        } catch (Preview1Stubs.Exit exit) {
            return exit.code;
        } catch (dev.weft.error.Trap trap) {
            if (trap.getCause() instanceof Preview1Stubs.Exit exit) {
                return exit.code;
            }
            throw trap;
        }
        return 0;
    }
}
