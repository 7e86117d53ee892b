package dev.weft.bench;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Linker;
import dev.weft.runtime.engine.FlatPoolStats;
import dev.weft.runtime.engine.PagedMemoryStats;
import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.WasiHttp;
import dev.weft.wasi.http.WasiHttpConfig;
import dev.weft.wasi.http.WasiHttpProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Per-request cost of a {@code wasi:http/proxy} component without the network, on one thread: rounds of about
 * half a second of (a) fresh instances from an {@link InstancePre} linked against WASI + wasi:http and (b) whole
 * requests through {@link WasiHttpProxy#handle} into a discarding sink (and (a') pooled instances, made and released
 * at once). Prints per round the p50/p99 wall time of
 * single operations, the mean thread-CPU time and allocation per operation, and the 4 KiB chunks of linear memory
 * that copy-on-write made writable per operation (copied from the module's image, or fresh zero chunks). Usage:
 * {@code java -Xss512m -cp benchmarks.jar dev.weft.bench.ProxyRequestTimes rounds component.wasm}.
 */
public final class ProxyRequestTimes {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    private ProxyRequestTimes() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Component component = Component.decode(Files.readAllBytes(Path.of(args[1])));
        Engine engine = Engine.create();
        Linker linker = new Linker();
        WasiHttp.addToLinker(linker, WasiHttpConfig.defaults());
        InstancePre pre = linker.prepare(engine, component);
        WasiHttpProxy proxy = WasiHttpProxy.prepare(engine, component, WasiHttpConfig.defaults());
        HandleOutcome first = BenchRequest.get(proxy);
        if (!(first instanceof HandleOutcome.Completed)) {
            throw new IllegalStateException("the request failed: " + first);
        }
        for (int round = 0; round < rounds; round++) {
            System.out.println("round " + round + ":  instantiate " + measure(() -> pre.instantiate())
                    + "  |  pooled instantiate + release " + measure(() -> pre.instantiatePooled().release())
                    + "  |  handle " + measure(() -> BenchRequest.get(proxy)));
        }
    }

    private interface Op {
        Object run() throws Exception;
    }

    private static String measure(Op op) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long copied = PagedMemoryStats.imageChunksCopied();
        long zeroed = PagedMemoryStats.zeroChunksAllocated();
        long reused = FlatPoolStats.reused();
        long restored = FlatPoolStats.restoredChunks();
        long start = System.nanoTime();
        long deadline = start + 500_000_000L;
        long[] samples = new long[1 << 20];
        int n = 0;
        long now = start;
        do {
            long t0 = now;
            op.run();
            now = System.nanoTime();
            if (n < samples.length) {
                samples[n] = now - t0;
            }
            n++;
        } while (now < deadline);
        long[] sorted = Arrays.copyOf(samples, Math.min(n, samples.length));
        Arrays.sort(sorted);
        return String.format("p50 %.1f us, p99 %.1f us, cpu %.1f us, %.1f KB, 4 KiB chunks copied %.1f + zeroed %.1f"
                        + ", pooled memories reused %.2f, chunks restored %.1f",
                sorted[sorted.length / 2] / 1e3,
                sorted[(int) (sorted.length * 0.99)] / 1e3, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / n,
                (THREADS.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / n,
                (PagedMemoryStats.imageChunksCopied() - copied) / (double) n,
                (PagedMemoryStats.zeroChunksAllocated() - zeroed) / (double) n,
                (FlatPoolStats.reused() - reused) / (double) n,
                (FlatPoolStats.restoredChunks() - restored) / (double) n);
    }
}
