package dev.weft.runtime.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Measures (not a unit test; run by hand):
 * 1. instantiate cost of small core modules (warm JVM);
 * 2. for a component given as argument (e.g. a componentize-js build), first compile vs disk-cached load of its
 *    largest core module, and which functions fell back to the interpreter.
 * Usage: java -cp ... dev.weft.runtime.engine.EngineBenchmark [component.wasm] [cacheDir]
 * <p>
 * The JS component (12 MB, not committed) is built from {@code src/test/resources/engine/js-hello} with
 * {@code node --import ./fixtures/tools/preopen.mjs fixtures/tools/componentize.mjs
 * weft-runtime/src/test/resources/engine/js-hello /tmp/hello.wasm}; with a fresh cache directory the first
 * load compiles, later loads come from the disk cache. The benchmark then calls its {@code hello} export through
 * the core-level canonical ABI on a thread with a 512 MiB stack.
 */
public final class EngineBenchmark {

    public static void main(String[] args) throws Exception {
        instantiateCost("arith", CoreImports.empty()); // JIT warm-up round
        instantiateCost("arith", CoreImports.empty());
        instantiateCost("memory", CoreImports.empty());
        var log = new java.util.ArrayList<String>();
        instantiateCost("host", CoreImports.builder()
                .function("env", "add3", new CoreFuncType(
                        List.of(CoreValType.I32, CoreValType.I32, CoreValType.I32), List.of(CoreValType.I32)),
                        (c, a) -> new long[] {a[0] + a[1] + a[2]})
                .function("env", "log", new CoreFuncType(List.of(CoreValType.I32, CoreValType.I32), List.of()),
                        (c, a) -> null)
                .function("env", "fail", new CoreFuncType(List.of(), List.of()), (c, a) -> null)
                .build());
        callCost();
        memoryLoop();
        memoryLoop();
        if (args.length > 0) {
            Path cache = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("weft-bench-cache");
            bigModule(Files.readAllBytes(Path.of(args[0])), cache);
        }
    }

    private static void instantiateCost(String name, CoreImports imports) throws Exception {
        var module = CoreEngine.create(Optional.empty()).compile(TestModules.bytes(name));
        for (int i = 0; i < 20_000; i++) {
            module.instantiate(imports);
        }
        int n = 50_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            module.instantiate(imports);
        }
        double micros = (System.nanoTime() - start) / 1000.0 / n;
        System.out.printf("instantiate %-8s %.2f us%n", name, micros);
    }

    private static void memoryLoop() throws Exception {
        var churn = CoreEngine.create(Optional.empty()).compile(TestModules.bytes("bench")).instantiate()
                .function("churn");
        churn.call(200);
        long start = System.nanoTime();
        long r = churn.call(2000)[0];
        System.out.printf("memory loop 2000 x 16384 load+store: %d ms (result %d)%n",
                (System.nanoTime() - start) / 1_000_000, r);
    }

    private static void callCost() throws Exception {
        var add = CoreEngine.create(Optional.empty()).compile(TestModules.bytes("arith")).instantiate().function("add");
        long sink = 0;
        for (int i = 0; i < 2_000_000; i++) {
            sink += add.call(i, 1)[0];
        }
        int n = 5_000_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += add.call(i, 1)[0];
        }
        System.out.printf("call add          %.1f ns (sink %d)%n", (System.nanoTime() - start) / (double) n, sink);
    }

    /** Calls the JS export {@code hello(name: string) -> string} through its core-level canonical ABI. */
    private static void callHello(CoreModule module) throws Exception {
        for (int round = 0; round < 3; round++) {
            long s = System.nanoTime();
            var instance = module.instantiate(stubImports(module));
            long instantiated = System.nanoTime() - s;
            String first = hello(instance, "World");
            long firstCall = System.nanoTime() - s - instantiated;
            int n = 2000;
            long c = System.nanoTime();
            for (int i = 0; i < n; i++) {
                hello(instance, "Weft " + i);
            }
            System.out.printf("JS component core module: instantiate %.1f ms, first hello() %.1f ms -> \"%s\", "
                            + "then %.1f us per hello()%n", instantiated / 1e6, firstCall / 1e6, first,
                    (System.nanoTime() - c) / 1e3 / n);
        }
    }

    private static String hello(CoreInstance instance, String name) throws Exception {
        byte[] utf8 = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var memory = instance.memory("memory");
        int ptr = (int) instance.function("cabi_realloc").call(0, 0, 1, utf8.length)[0];
        memory.writeBytes(ptr, utf8);
        int ret = (int) instance.function("hello").call(ptr, utf8.length)[0];
        int resultPtr = memory.readInt(ret);
        int resultLen = memory.readInt(ret + 4);
        String result = new String(memory.readBytes(resultPtr, resultLen), java.nio.charset.StandardCharsets.UTF_8);
        instance.function("cabi_post_hello").call(ret);
        return result;
    }

    /** Imports that trap if called: enough to instantiate a module whose start does not call them. */
    private static CoreImports stubImports(CoreModule module) {
        var builder = CoreImports.builder();
        for (CoreImport imp : module.imports()) {
            if (imp.type() instanceof CoreFuncType type) {
                builder.function(imp.module(), imp.name(), type, (c, a) -> {
                    throw new dev.weft.error.Trap("stub import " + imp.qualifiedName() + " called");
                });
            } else {
                throw new IllegalArgumentException("benchmark only stubs function imports: " + imp);
            }
        }
        return builder.build();
    }

    private static void bigModule(byte[] component, Path cache) throws Exception {
        byte[] core = ComponentCoreModules.largest(component);
        System.out.printf("component %d bytes, %d core modules, largest %d bytes%n", component.length,
                ComponentCoreModules.extract(component).size(), core.length);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        var first = CoreEngine.create(Optional.of(cache)).compile(core);
        System.out.printf("first compile: %s in %d ms wall, %d ms CPU of this thread; interpreted functions: %s%n",
                first.compileSource(), (System.nanoTime() - t0) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - c0) / 1_000_000, first.interpretedFunctions());
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            var again = CoreEngine.create(Optional.of(cache)).compile(core);
            long loadWall = System.nanoTime() - s;
            long loadCpu = threads.getCurrentThreadCpuTime() - c;
            long i0 = System.nanoTime();
            again.instantiate(stubImports(again));
            System.out.printf("cached load #%d: %s in %d ms wall, %d ms CPU; first instantiate %d ms; "
                            + "interpreted functions: %d%n", i + 1, again.compileSource(), loadWall / 1_000_000,
                    loadCpu / 1_000_000, (System.nanoTime() - i0) / 1_000_000, again.interpretedFunctions().size());
        }
        var module = CoreEngine.create(Optional.of(cache)).compile(core);
        var result = new java.util.concurrent.CompletableFuture<Void>();
        // SpiderMonkey recurses deeply: give the guest a large stack
        var thread = new Thread(null, () -> {
            try {
                callHello(module);
                result.complete(null);
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "guest", 512L << 20);
        thread.start();
        result.get();
        try (var files = Files.list(cache)) {
            files.forEach(f -> {
                try {
                    System.out.printf("cache file %s: %d bytes%n", f.getFileName(), Files.size(f));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
