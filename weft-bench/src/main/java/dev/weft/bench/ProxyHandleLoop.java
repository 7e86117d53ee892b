package dev.weft.bench;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.WasiHttpConfig;
import dev.weft.wasi.http.WasiHttpProxy;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The request loop of {@link ProxyRequestTimes} alone, for long runs on a loaded machine (the JIT needs minutes
 * there to reach the steady state): whole GETs through {@link WasiHttpProxy#handle} (a fresh instance each) into a
 * discarding sink, printing per round of {@code -Dn=5000} requests the mean thread-CPU time, bytes allocated and
 * process CPU (JIT and GC included) per request, and the seconds since the component was prepared (warm-up). Usage: {@code java -Xss512m -cp benchmarks.jar dev.weft.bench.ProxyHandleLoop seconds component.wasm}.
 */
public final class ProxyHandleLoop {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    private ProxyHandleLoop() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        Component component = Component.decode(Files.readAllBytes(Path.of(args[1])));
        WasiHttpProxy proxy = WasiHttpProxy.prepare(Engine.create(), component, WasiHttpConfig.defaults());
        int perRound = Integer.getInteger("n", 5000);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int round = 0; System.nanoTime() < end; round++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            long process = os.getProcessCpuTime();
            for (int i = 0; i < perRound; i++) {
                HandleOutcome outcome = BenchRequest.get(proxy);
                if (!(outcome instanceof HandleOutcome.Completed)) {
                    throw new IllegalStateException("the request failed: " + outcome);
                }
            }
            System.out.printf("round %d: cpu %.1f us, %.0f B, process cpu %.1f us, at %.0f s%n", round,
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / perRound,
                    (THREADS.getCurrentThreadAllocatedBytes() - allocated) / (double) perRound,
                    (os.getProcessCpuTime() - process) / 1e3 / perRound, (System.nanoTime() - start) / 1e9);
        }
    }
}
