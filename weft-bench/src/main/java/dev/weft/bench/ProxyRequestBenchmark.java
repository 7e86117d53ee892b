package dev.weft.bench;

import dev.weft.component.Component;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Linker;
import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.ProxyHandler;
import dev.weft.wasi.http.WasiHttp;
import dev.weft.wasi.http.WasiHttpConfig;
import dev.weft.wasi.http.WasiHttpProxy;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * What {@code weft serve} pays per request before the network: a fresh instance of a {@code wasi:http/proxy}
 * component linked against WASI + wasi:http ({@code instantiate}), and a whole request through
 * {@link WasiHttpProxy#handle} into a sink that discards the body ({@code handleRequest}: instantiate, the guest's
 * handler, the response). Sample mode, so JMH prints p50/p99. Components: {@code fixtures/build/<component>.wasm}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss512m")
public class ProxyRequestBenchmark {
    /** Function splitting: "on" (the default) or "off". */
    @Param({"on", "off"})
    public String split;

    @Param({"http-handler", "js-http-hello"})
    public String component;

    private InstancePre pre;
    private ProxyHandler proxy;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path root = Path.of(System.getProperty("weft.repo.root", "."));
        Component decoded = Component.decode(Files.readAllBytes(root.resolve("fixtures/build/" + component + ".wasm")));
        Engine engine = CallBenchmark.engine(split); // disk compile cache: the 14 MB JS component compiles once
        Linker linker = new Linker();
        WasiHttp.addToLinker(linker, WasiHttpConfig.defaults());
        pre = linker.prepare(engine, decoded);
        proxy = WasiHttpProxy.prepare(engine, decoded, WasiHttpConfig.defaults());
        HandleOutcome first = handleRequest();
        if (!(first instanceof HandleOutcome.Completed)) {
            throw new IllegalStateException(component + ": the request failed: " + first);
        }
    }

    @Benchmark
    public ComponentInstance instantiate() throws Exception {
        return pre.instantiate();
    }

    @Benchmark
    public HandleOutcome handleRequest() {
        return BenchRequest.get(proxy);
    }
}
