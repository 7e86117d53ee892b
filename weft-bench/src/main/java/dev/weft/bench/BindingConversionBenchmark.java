package dev.weft.bench;

import dev.weft.bench.bindings.alltypes.Api;
import dev.weft.bench.bindings.plugin.Host;
import dev.weft.bindings.HostResources;
import dev.weft.bindings.Lift;
import dev.weft.bindings.Lower;
import dev.weft.bindings.Result;
import dev.weft.value.ResultVal;
import dev.weft.value.StringVal;
import dev.weft.value.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What generated bindings add to a call: converting the Java arguments to {@link Val}s and the result back, with
 * no guest involved (compare with the per-call times of {@link TypedCallBenchmark} and {@link CallBenchmark}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BindingConversionBenchmark {
    private final Host.Kv kv = new Host.Kv() {
        @Override
        public Optional<String> get(String key) {
            return Optional.empty();
        }

        @Override
        public void set(String key, String value) {
        }
    };
    private final Val processResult = new ResultVal(true, Optional.of(new StringVal("HELLO PLUGIN WORLD")));
    private final List<Api.Point> points = new ArrayList<>();

    public BindingConversionBenchmark() {
        for (int i = 0; i < 10; i++) {
            points.add(new Api.Point(i, 2 * i));
        }
    }

    /** {@code process(borrow<kv>, string) -> result<string, string>}: arguments down, result up. */
    @Benchmark
    public Result<String, String> processConversions() {
        List<Val> args = List.of(HostResources.borrow(Host.KV_RESOURCE, kv), Lower.string("hello plugin world"));
        return args.size() == 2 ? Lift.<String, String>result(processResult, Lift::string, Lift::string) : null;
    }

    /** {@code scale-point(point, s32) -> point}: a record down and up. */
    @Benchmark
    public Api.Point recordConversions() {
        Val down = new Api.Point(3, -4).toVal();
        return Api.Point.fromVal(down);
    }

    /** {@code centroid(list<point>)}: ten records down. */
    @Benchmark
    public Val listOfRecordsDown() {
        return Lower.list(points, Api.Point::toVal);
    }
}
