package dev.weft.bench;

import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.InstancePre;
import dev.weft.value.Val;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Thread-CPU cost of calls into the componentize-js all-types component with function splitting on, off or at a
 * given limit: a load-tolerant companion to {@code CallBenchmark} (CPU time of the calling thread is disturbed
 * far less by other jobs than wall time). Usage: {@code java -Xss512m -cp benchmarks.jar
 * dev.weft.bench.SplitCallCost on|off|BYTES [warm-up seconds] [measured seconds]}.
 */
public final class SplitCallCost {
    private SplitCallCost() {
    }

    public static void main(String[] args) throws Exception {
        String split = args.length > 0 ? args[0] : "on";
        long warmup = (args.length > 1 ? Long.parseLong(args[1]) : 20) * 1_000_000_000L;
        long measure = (args.length > 2 ? Long.parseLong(args[2]) : 20) * 1_000_000_000L;
        var threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        InstancePre pre = AllTypesComponent.prepare(CallBenchmark.engine(split));
        System.out.printf("split=%s prepare %.0f ms, interpreted functions: %d%n", split,
                (System.nanoTime() - t0) / 1e6, pre.interpretedFunctions().size());
        ComponentInstance instance = pre.instantiate();
        ComponentFunction negate = instance.function(AllTypesComponent.API, "negate").orElseThrow();
        ComponentFunction scale = instance.function(AllTypesComponent.API, "scale-point").orElseThrow();
        ComponentFunction reverse = instance.function(AllTypesComponent.API, "reverse-string").orElseThrow();
        List<Val> bool = List.of(Val.bool(true));
        List<Val> point = List.of(CallBenchmark.point(3, -4), Val.s32(7));
        List<Val> text = List.of(Val.string(CallBenchmark.TEXT));
        long end = System.nanoTime() + warmup;
        while (System.nanoTime() < end) {
            negate.call(bool);
            scale.call(point);
            reverse.call(text);
        }
        for (var entry : List.of(new Object[] {"negate(bool)", negate, bool},
                new Object[] {"scale-point(point, s32)", scale, point},
                new Object[] {"reverse-string(string)", reverse, text})) {
            ComponentFunction f = (ComponentFunction) entry[1];
            @SuppressWarnings("unchecked")
            List<Val> a = (List<Val>) entry[2];
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long calls = 0;
            while (System.nanoTime() - wall0 < measure / 3) {
                f.call(a);
                calls++;
            }
            System.out.printf("split=%s %-26s %10.1f us CPU/call %10.1f us wall/call (%d calls)%n", split, entry[0],
                    (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / calls,
                    (System.nanoTime() - wall0) / 1e3 / calls, calls);
        }
    }
}
