package dev.weft.bench;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.InstancePre;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One-shot times (not JMH: each is a cold event): decoding+validating the component, the first
 * {@code Linker.prepare} with an empty disk cache (compiles the ~12 MB SpiderMonkey core module to bytecode), then
 * prepares with fresh {@link Engine}s on the same cache directory (loads the cached classes), and the first
 * instantiation. Usage: {@code java -Xss512m -cp benchmarks.jar dev.weft.bench.LoadTimes [rounds]}.
 */
public final class LoadTimes {
    private LoadTimes() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path cache = Files.createTempDirectory("weft-bench-cache");
        try {
            long t = System.nanoTime();
            Component component = AllTypesComponent.decode();
            report("decode+validate (first, cold JVM)", t);
            t = System.nanoTime();
            InstancePre pre = AllTypesComponent.linker().prepare(Engine.builder().withCacheDir(cache).build(), component);
            report("prepare, empty disk cache (compile)", t);
            t = System.nanoTime();
            pre.instantiate();
            report("first instantiate", t);
            for (int i = 1; i <= rounds; i++) {
                t = System.nanoTime();
                Component again = AllTypesComponent.decode();
                report("decode+validate #" + i, t);
                t = System.nanoTime();
                InstancePre cached = AllTypesComponent.linker().prepare(
                        Engine.builder().withCacheDir(cache).build(), again);
                report("prepare, cached (new Engine) #" + i, t);
                t = System.nanoTime();
                cached.instantiate();
                report("first instantiate of that #" + i, t);
            }
        } finally {
            try (Stream<Path> files = Files.walk(cache)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String what, long start) {
        System.out.printf("load: %-40s %8.1f ms%n", what, (System.nanoTime() - start) / 1e6);
    }
}
