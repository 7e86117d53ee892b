package dev.weft.bench;

import dev.weft.bench.bindings.alltypes.AllTypesWorld;
import dev.weft.bench.bindings.alltypes.Api;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Linker;
import dev.weft.value.RecordVal;
import dev.weft.value.Val;
import java.util.ArrayList;
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
 * Typed calls through generated bindings against the same calls through dynamic {@link Val}s on one warm
 * instance of the componentize-js all-types component ({@code scale-point}, {@code centroid} of 10 points,
 * {@code negate}); see {@link TypedCallBenchmark} for a small guest, where the binding overhead shows. Each
 * dynamic variant builds its argument {@code Val}s from Java data per call, as a caller without bindings would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m"})
public class TypedJsCallBenchmark {
    private Api api;
    private ComponentFunction scalePoint;
    private ComponentFunction centroid;
    private ComponentFunction negate;
    private final List<Api.Point> points = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Engine engine = Engine.create();
        Linker linker = new Linker();
        AllTypesWorld.addToLinker(linker, new dev.weft.bench.bindings.alltypes.Host() {
            @Override
            public void log(String message) {
            }

            @Override
            public long transform(long x) {
                return (x * 3) & 0xFFFF_FFFFL;
            }
        });
        AllTypesWorld world = AllTypesWorld.instantiate(AllTypesWorld.prepare(engine, linker,
                AllTypesComponent.decode()));
        api = world.api();
        scalePoint = api.instance().function("scale-point").orElseThrow();
        centroid = api.instance().function("centroid").orElseThrow();
        negate = api.instance().function("negate").orElseThrow();
        for (int i = 0; i < 10; i++) {
            points.add(new Api.Point(i, 2 * i));
        }
    }

    @Benchmark
    public Api.Point typedRecord() throws Exception {
        return api.scalePoint(new Api.Point(3, -4), 7);
    }

    @Benchmark
    public int[] dynamicRecord() throws Exception {
        RecordVal r = (RecordVal) scalePoint.call(List.of(CallBenchmark.point(3, -4), Val.s32(7))).get(0);
        return new int[] {((dev.weft.value.S32Val) r.fields().get(0).value()).value(),
                ((dev.weft.value.S32Val) r.fields().get(1).value()).value()};
    }

    @Benchmark
    public Optional<Api.Point> typedListOfRecords() throws Exception {
        return api.centroid(points);
    }

    @Benchmark
    public Val dynamicListOfRecords() throws Exception {
        List<Val> vals = new ArrayList<>(points.size());
        for (Api.Point p : points) {
            vals.add(CallBenchmark.point(p.x(), p.y()));
        }
        return centroid.call(List.of(Val.list(vals))).get(0);
    }

    @Benchmark
    public boolean typedNegate() throws Exception {
        return api.negate(true);
    }

    @Benchmark
    public boolean dynamicNegate() throws Exception {
        return ((dev.weft.value.BoolVal) negate.call(List.of(Val.bool(true))).get(0)).value();
    }

}
