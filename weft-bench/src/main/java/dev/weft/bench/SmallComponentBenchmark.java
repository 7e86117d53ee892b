package dev.weft.bench;

import dev.weft.component.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Linker;
import dev.weft.value.Val;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-request costs of a small component (examples/hello.wasm, core wasm with realloc and post-return):
 * a fresh instance from {@link InstancePre}, and a string round trip through {@code greet}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SmallComponentBenchmark {
    private InstancePre pre;
    private ComponentFunction greet;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path root = Path.of(System.getProperty("weft.repo.root", "."));
        Component component = Component.decode(Files.readAllBytes(root.resolve("examples/hello.wasm")));
        pre = new Linker().prepare(Engine.builder().withoutDiskCache().build(), component);
        greet = pre.instantiate().function("greet").orElseThrow();
    }

    @Benchmark
    public ComponentInstance instantiate() throws Exception {
        return pre.instantiate();
    }

    @Benchmark
    public Optional<Val> greetStringRoundTrip() throws Exception {
        return greet.invoke(Val.string("world"));
    }
}
