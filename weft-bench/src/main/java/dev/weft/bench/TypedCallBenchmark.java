package dev.weft.bench;

import dev.weft.bench.bindings.plugin.Host;
import dev.weft.bench.bindings.plugin.Plugin;
import dev.weft.bench.bindings.plugin.TextPluginWorld;
import dev.weft.bindings.HostResources;
import dev.weft.bindings.Result;
import dev.weft.component.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Linker;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A typed call through generated bindings against the same call through dynamic {@link Val}s, on one warm
 * instance of the hand-written WAT plugin of examples/plugin-host ({@code process} with a host kv handle and a
 * string, returning {@code result<string, string>}; {@code $WEFT_BENCH_PLUGIN} or
 * fixtures/build/plugin-host-wat.wasm). The guest is small, so the cost of the bindings' conversions shows. The
 * dynamic variant builds its argument {@code Val}s per call and reads the Java result back, as a caller without
 * bindings would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m"})
public class TypedCallBenchmark {
    private Plugin plugin;
    private ComponentFunction process;
    private final Host.Kv kv = new Host.Kv() {
        @Override
        public Optional<String> get(String key) {
            return Optional.empty();
        }

        @Override
        public void set(String key, String value) {
        }
    };

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Engine engine = Engine.create();
        Linker pluginLinker = new Linker();
        TextPluginWorld.addToLinker(pluginLinker, message -> { });
        String env = System.getenv("WEFT_BENCH_PLUGIN");
        Path wasm = Path.of(env != null && !env.isBlank() ? env : "fixtures/build/plugin-host-wat.wasm");
        TextPluginWorld pluginWorld = TextPluginWorld.instantiate(TextPluginWorld.prepare(engine, pluginLinker,
                Component.decode(Files.readAllBytes(wasm))));
        plugin = pluginWorld.plugin();
        process = plugin.instance().function("process").orElseThrow();
    }

    @Benchmark
    public Result<String, String> typedWatProcess() throws Exception {
        return plugin.process(kv, "hello plugin world");
    }

    @Benchmark
    public String dynamicWatProcess() throws Exception {
        dev.weft.value.ResultVal r = (dev.weft.value.ResultVal) process.call(List.of(
                HostResources.borrow(Host.KV_RESOURCE, kv), Val.string("hello plugin world"))).get(0);
        return ((dev.weft.value.StringVal) r.payload().orElseThrow()).value();
    }
}
