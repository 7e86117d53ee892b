package dev.weft.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.weft.component.Component;
import dev.weft.runtime.engine.PagedMemoryStats;
import dev.weft.wasi.http.ProxyHandler;
import dev.weft.wasi.http.WasiHttpConfig;
import dev.weft.wasi.http.WasiHttpProxy;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU cost of one wasi:http request (fresh instance, GET, body discarded) with function splitting on, off or at
 * a limit: thread CPU of the calling thread and CPU of the whole process per request. Usage: {@code java -Xss512m
 * -cp benchmarks.jar dev.weft.bench.SplitHttpCost on|off|BYTES [component] [warm-up s] [measured s]}.
 */
public final class SplitHttpCost {
    private SplitHttpCost() {
    }

    public static void main(String[] args) throws Exception {
        String split = args.length > 0 ? args[0] : "on";
        String name = args.length > 1 ? args[1] : "js-http-hello";
        long warmup = (args.length > 2 ? Long.parseLong(args[2]) : 20) * 1_000_000_000L;
        long measure = (args.length > 3 ? Long.parseLong(args[3]) : 20) * 1_000_000_000L;
        Component component = Component.decode(Files.readAllBytes(Path.of("fixtures/build/" + name + ".wasm")));
        ProxyHandler proxy = WasiHttpProxy.prepare(CallBenchmark.engine(split), component, WasiHttpConfig.defaults());
        long end = System.nanoTime() + warmup;
        while (System.nanoTime() < end) {
            BenchRequest.getCompleted(proxy);
        }
        var threads = ManagementFactory.getThreadMXBean();
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long proc0 = os.getProcessCpuTime();
        long copied0 = PagedMemoryStats.imageChunksCopied();
        long zeros0 = PagedMemoryStats.zeroChunksAllocated();
        long wall0 = System.nanoTime();
        long n = 0;
        while (System.nanoTime() - wall0 < measure) {
            BenchRequest.getCompleted(proxy);
            n++;
        }
        System.out.printf("split=%s %s: %.2f ms thread CPU/request, %.2f ms process CPU/request, %.2f ms wall/request"
                        + " (%d requests)%n", split, name, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / n,
                (os.getProcessCpuTime() - proc0) / 1e6 / n, (System.nanoTime() - wall0) / 1e6 / n, n);
        System.out.printf("split=%s %s: %.1f memory-image chunks copied/request, %.1f zero chunks allocated/request"
                        + " (4 KiB each)%n", split, name, (PagedMemoryStats.imageChunksCopied() - copied0) / (double) n,
                (PagedMemoryStats.zeroChunksAllocated() - zeros0) / (double) n);
    }
}
