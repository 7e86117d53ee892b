package dev.weft.bench;

import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.value.RecordVal;
import dev.weft.value.Val;
import java.util.ArrayList;
import java.util.List;
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
 * Per-call cost of exports of the componentize-js all-types component on a warm instance, through {@link Val}s.
 * The inputs are the ones bench/node-bench.mjs passes to the jco-transpiled component.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m"})
public class CallBenchmark {
    /** 12 ASCII + 2 non-ASCII characters, as in node-bench.mjs. */
    static final String TEXT = "hello, wörld €";

    /**
     * Function splitting ({@code dev.weft.runtime.split}): "on" (the default), "off" (Endive interprets the largest
     * functions) or a body size limit in bytes.
     */
    @Param({"on", "off"})
    public String split;

    private ComponentFunction reverseString;
    private ComponentFunction centroid;
    private ComponentFunction scalePoint;
    private ComponentFunction negate;
    private List<Val> stringArgs;
    private List<Val> listArgs;
    private List<Val> recordArgs;
    private List<Val> boolArgs;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        ComponentInstance instance = AllTypesComponent.prepare(engine(split)).instantiate();
        reverseString = instance.function(AllTypesComponent.API, "reverse-string").orElseThrow();
        centroid = instance.function(AllTypesComponent.API, "centroid").orElseThrow();
        scalePoint = instance.function(AllTypesComponent.API, "scale-point").orElseThrow();
        negate = instance.function(AllTypesComponent.API, "negate").orElseThrow();
        stringArgs = List.of(Val.string(TEXT));
        List<Val> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            points.add(point(i, 2 * i));
        }
        listArgs = List.of(Val.list(points));
        recordArgs = List.of(point(3, -4), Val.s32(7));
        boolArgs = List.of(Val.bool(true));
    }

    /** The default engine, with function splitting on, off or at a given limit. */
    static Engine engine(String split) {
        return Engine.builder().withFunctionSplitting(switch (split) {
            case "on" -> dev.weft.runtime.engine.FunctionSplitting.DEFAULT;
            case "off" -> dev.weft.runtime.engine.FunctionSplitting.OFF;
            default -> new dev.weft.runtime.engine.FunctionSplitting(Long.parseLong(split));
        }).build();
    }

    static RecordVal point(int x, int y) {
        return new RecordVal(List.of(new RecordVal.Field("x", Val.s32(x)), new RecordVal.Field("y", Val.s32(y))));
    }

    /** {@code negate(bool) -> bool}: the fixed cost of a call. */
    @Benchmark
    public List<Val> emptyishCall() throws Exception {
        return negate.call(boolArgs);
    }

    /** {@code reverse-string(string) -> string}. */
    @Benchmark
    public List<Val> stringRoundTrip() throws Exception {
        return reverseString.call(stringArgs);
    }

    /** {@code scale-point(point, s32) -> point}. */
    @Benchmark
    public List<Val> recordRoundTrip() throws Exception {
        return scalePoint.call(recordArgs);
    }

    /** {@code centroid(list<point>) -> option<point>} with 10 points. */
    @Benchmark
    public List<Val> listOfRecords() throws Exception {
        return centroid.call(listArgs);
    }
}
