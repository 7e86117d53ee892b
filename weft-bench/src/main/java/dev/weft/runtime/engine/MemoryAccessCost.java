package dev.weft.runtime.engine;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import run.endive.runtime.ByteArrayMemory;
import run.endive.runtime.ExportFunction;
import run.endive.runtime.Instance;
import run.endive.runtime.Memory;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.MemoryLimits;

/**
 * Thread-CPU cost of guest memory accesses and {@code call_indirect} in bytecode compiled by Endive, per memory
 * implementation, all in one JVM: {@code flat} is Endive's {@code ByteArrayMemory}, {@code paged} is
 * {@link PagedMemory} handed to the guest directly, {@code view} is a {@link PagedMemory} behind a
 * {@link MemoryView} (what an importing instance sees, and what every instance saw before), {@code weft} is what
 * Weft's engine hands a defining instance ({@link MemoryView#create}). Each variant gets its own compiled
 * classes, so the call sites in one variant's code see one memory class. The loops are
 * {@code bench/memloop.wat}. Usage: {@code java -cp benchmarks.jar dev.weft.runtime.engine.MemoryAccessCost
 * [rounds]} (add {@code -XX:TieredStopAtLevel=1} to see C1-compiled guest code).
 */
public final class MemoryAccessCost {
    private static final int BYTES = 1 << 20;

    private MemoryAccessCost() {}

    private record Variant(String name, Instance instance) {
        long run(String export, long... args) {
            ExportFunction f = instance.export(export);
            return f.apply(args)[0];
        }
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        byte[] bytes;
        try (InputStream in = MemoryAccessCost.class.getResourceAsStream("/bench/memloop.wasm")) {
            bytes = in.readAllBytes();
        }
        WasmModule module = Parser.parse(bytes);
        var image = MemoryImage.of(module, new MemoryLimits(64), 0).orElseThrow();
        List<Variant> variants = new ArrayList<>();
        variants.add(variant("flat", module, ByteArrayMemory::new));
        variants.add(variant("paged", module, limits -> new PagedMemory(limits, image)));
        variants.add(variant("view", module, limits -> MemoryView.sharing(new PagedMemory(limits, image))));
        variants.add(variant("weft", module, limits -> MemoryView.create(limits, image, CoreStore.unlimited())));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Double> best = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Variant v : variants) {
                measure(threads, best, v, "i32.load", 100, BYTES / 4, () -> v.run("loads", 100, BYTES));
                measure(threads, best, v, "i32.store", 100, BYTES / 4, () -> v.run("stores", 100, BYTES));
                measure(threads, best, v, "load8+store8", 20, BYTES, () -> v.run("bytecopy", 20, BYTES));
                measure(threads, best, v, "call_indirect", 20_000_000, 1, () -> v.run("indirect", 20_000_000));
            }
        }
        System.out.printf("best of %d rounds (thread CPU; the first round includes JIT warm-up):%n", rounds);
        best.forEach((key, ns) -> System.out.printf("%-22s %7.3f ns CPU/op%n", key, ns));
    }

    private static Variant variant(String name, WasmModule module, Function<MemoryLimits, Memory> memories) {
        var compiled = EndiveCompiler.compile(module, "dev.weft.gen.MemoryAccessCost_" + name);
        Instance instance = Instance.builder(module)
                .withMachineFactory(compiled.machineFactory())
                .withMemoryFactory(memories)
                .build();
        return new Variant(name, instance);
    }

    private static void measure(ThreadMXBean threads, Map<String, Double> best, Variant v, String what, long rounds,
                                long perRound, Runnable body) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        body.run();
        double ns = (double) (threads.getCurrentThreadCpuTime() - cpu0) / (rounds * perRound);
        best.merge(v.name() + " " + what, ns, Math::min);
    }
}
