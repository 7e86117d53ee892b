package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ParallelInstancesTest {

    @Test
    void manyInstancesFromOneModuleOnManyThreadsStayIsolated() throws Exception {
        var engine = TestModules.memoryOnlyEngine();
        var memoryModule = engine.compile(TestModules.bytes("memory"));
        var provider = engine.compile(TestModules.bytes("provider"));
        int threads = 8;
        int perThread = 200;
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var tasks = new ArrayList<Callable<Integer>>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                tasks.add(() -> {
                    int ok = 0;
                    for (int i = 0; i < perThread; i++) {
                        var instance = memoryModule.instantiate();
                        int value = id * 1_000_000 + i;
                        instance.function("store").call(1024, value);
                        if (i % 3 == 0) {
                            instance.function("grow").call(1);
                        }
                        var p = provider.instantiate();
                        p.function("grow_table").call(id + 1);
                        boolean tableOwn = p.function("table_size").call()[0] == 4 + id + 1;
                        boolean pagesOwn = instance.memory("memory").pages() == (i % 3 == 0 ? 2 : 1);
                        if (instance.function("load").call(1024)[0] == value && tableOwn && pagesOwn
                                && p.function("bump").call()[0] == 8) {
                            ok++;
                        }
                    }
                    return ok;
                });
            }
            List<Future<Integer>> results = pool.invokeAll(tasks);
            for (Future<Integer> r : results) {
                assertEquals(perThread, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
