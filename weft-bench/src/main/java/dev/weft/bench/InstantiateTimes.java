package dev.weft.bench;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Linker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fresh-instance cost of several components in one JVM (so their ratios are comparable on a loaded machine):
 * each is prepared once (imports it needs are defined as traps), then instantiated in rounds of about one second;
 * prints per round the wall-clock and thread-CPU time and the bytes allocated per instance (CPU time and
 * allocation are what to compare on a loaded machine). Usage: {@code java -Xss512m -cp benchmarks.jar dev.weft.bench.InstantiateTimes
 * [seconds] component.wasm...}.
 */
public final class InstantiateTimes {
    private InstantiateTimes() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        Engine engine = Engine.create();
        List<Path> paths = new ArrayList<>();
        List<InstancePre> pres = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path path = Path.of(args[i]);
            Component component = Component.decode(Files.readAllBytes(path));
            paths.add(path);
            pres.add(new Linker().defineUnknownImportsAsTraps(component).prepare(engine, component));
        }
        for (int round = 0; round < seconds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (int i = 0; i < pres.size(); i++) {
                line.append("  ").append(paths.get(i).getFileName()).append(' ').append(perInstance(pres.get(i)));
            }
            System.out.println(line);
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    private static String perInstance(InstancePre pre) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        long deadline = start + 1_000_000_000L / 2;
        int n = 0;
        long now;
        do {
            pre.instantiate();
            n++;
            now = System.nanoTime();
        } while (now < deadline);
        return String.format("%.1f us wall, %.1f us cpu, %.1f KB allocated", (now - start) / 1e3 / n,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / n,
                (THREADS.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / n);
    }
}
