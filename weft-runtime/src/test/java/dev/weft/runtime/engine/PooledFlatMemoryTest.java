package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.error.Trap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.endive.runtime.ByteArrayMemory;
import run.endive.runtime.Memory;
import run.endive.wasm.types.MemoryLimits;

/**
 * Pooled flat memories ({@link FlatPool}, {@link FlatMemory#release}): a memory whose storage was used by an earlier
 * instance and given back equals, byte for byte, a fresh memory of the same module (a {@link PagedMemory} made
 * without a pool, and the bytes the module's data segments put there), after every kind of write: guest stores of
 * every width at chunk and page edges, memory.fill/copy/init, host writes, growth. Instances in flight never share
 * storage, released memories cannot be reached, and the pool is bounded. The module is {@code engine/pooled.wat}.
 */
class PooledFlatMemoryTest {
    private static final int PAGE = Memory.PAGE_SIZE;
    private static final int PAGES = 3;
    private static CoreModule module;
    private static byte[] fresh;

    @BeforeAll
    static void compile() throws Exception {
        assumeTrue(MemoryKind.chosen() != MemoryKind.PAGED, "-Dweft.memory=paged turns pooling off");
        module = TestModules.memoryOnlyEngine().compile(TestModules.bytes("pooled"));
        CoreInstance reference = module.instantiate(CoreImports.empty(), CoreStore.unlimited());
        fresh = contents(reference);
    }

    private static CoreStore pooledStore() {
        CoreStore store = CoreStore.unlimited();
        store.poolMemories();
        return store;
    }

    private record Pooled(CoreInstance instance, CoreStore store) {
        long call(String name, long... args) throws Exception {
            long[] results = instance.function(name).call(args);
            return results.length == 0 ? 0 : results[0];
        }

        void run(String name, long... args) throws Exception {
            instance.function(name).call(args);
        }

        CoreMemory memory() {
            return instance.memory("memory");
        }
    }

    private static Pooled pooled() throws Exception {
        CoreStore store = pooledStore();
        CoreInstance instance = module.instantiate(CoreImports.empty(), store);
        assertInstanceOf(FlatMemory.class, ((EndiveMemory) instance.memory("memory")).memory(),
                "a store that gives its memories back gets flat ones");
        return new Pooled(instance, store);
    }

    private static byte[] contents(CoreInstance instance) throws Trap {
        CoreMemory memory = instance.memory("memory");
        return memory.readBytes(0, (int) memory.byteSize());
    }

    @Test
    void theReferenceIsWhatTheDataSegmentsWrite() {
        assertEquals(PAGES * PAGE, fresh.length);
        assertEquals(7, fresh[0]);
        assertEquals("edge-of-chunk-0|", new String(fresh, 4090, 16, StandardCharsets.US_ASCII));
        assertEquals("across-a-page", new String(fresh, 65530, 13, StandardCharsets.US_ASCII));
        assertEquals("page-2", new String(fresh, 2 * PAGE, 6, StandardCharsets.US_ASCII));
        var endive = new ByteArrayMemory(new MemoryLimits(PAGES, 8));
        endive.write(0, new byte[] {7, 0, 0, 0});
        endive.write(4090, "edge-of-chunk-0|".getBytes(StandardCharsets.US_ASCII));
        endive.write(65530, "across-a-page".getBytes(StandardCharsets.US_ASCII));
        endive.write(2 * PAGE, "page-2".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(endive.readBytes(0, PAGES * PAGE), fresh, "Endive's memory with the same segments");
    }

    /** Writes of every kind, at chunk (4 KiB) and page (64 KiB) edges, through the guest and the host. */
    private static void writeEverywhere(Pooled p) throws Exception {
        assertEquals(7, p.call("count"));
        assertEquals(8, p.call("count"));
        for (int edge : new int[] {4096, 8192, PAGE, 2 * PAGE, 17 * 4096}) {
            for (int back = 1; back <= 8; back++) {
                int at = edge - back;
                p.run("store8", at, 0xA0 + back);
                p.run("store16", at - 1, 0xBEEF);
                p.run("store32", at - 3, 0x11223344);
                p.run("store64", at, 0x0102030405060708L); // up to 7 bytes into the next chunk
                p.run("storef32", at + 9, Float.floatToRawIntBits(1.5f));
                p.run("storef64", at + 13, Double.doubleToRawLongBits(-2.25));
            }
        }
        p.run("store64", PAGES * PAGE - 8, -1L); // the last 8 bytes
        p.run("fill", 4000, 0x5A, 9000); // across chunks 0..3
        p.run("copy", 70000, 4090, 16);
        p.run("copy", 4093, 65530, 13); // across the chunk edge, from a page edge
        p.run("init", 120000, 0, 21);
        p.run("init", 2 * PAGE - 10, 0, 21); // across a page edge
        CoreMemory memory = p.memory();
        memory.writeInt(4094, 0x7F7F7F7F);
        memory.writeLong(2 * PAGE - 3, Long.MIN_VALUE);
        memory.writeFloat(3 * 4096 - 2, 3.25f);
        memory.writeDouble(5 * 4096 - 5, 9.5);
        memory.writeShort(8191, (short) -2);
        memory.writeByte(40000, (byte) 1);
        memory.writeBytes(PAGE - 100, new byte[300]); // zeros over data
        byte[] ones = new byte[5000];
        java.util.Arrays.fill(ones, (byte) 1);
        memory.writeBytes(100_000, ones);
    }

    @Test
    void aReusedMemoryEqualsAFreshOneAfterEveryKindOfWrite() throws Exception {
        for (int round = 0; round < 4; round++) {
            long reusedBefore = FlatPoolStats.reused();
            Pooled p = pooled();
            if (round > 0) {
                assertEquals(reusedBefore + 1, FlatPoolStats.reused(), "round " + round + " reuses storage");
            }
            assertArrayEquals(fresh, contents(p.instance()), "round " + round + " starts as a fresh memory");
            writeEverywhere(p);
            assertEquals(1, p.store().releaseMemories());
        }
    }

    @Test
    void randomWritesAreUndoneExactly() throws Exception {
        Random random = new Random(20261126);
        String[] stores = {"store8", "store16", "store32", "store64", "storef32", "storef64"};
        int[] widths = {1, 2, 4, 8, 4, 8};
        for (int round = 0; round < 40; round++) {
            Pooled p = pooled();
            assertArrayEquals(fresh, contents(p.instance()), "round " + round);
            int writes = 1 + random.nextInt(30); // few, so that a chunk edge's spill is often the only write there
            for (int i = 0; i < writes; i++) {
                int kind = random.nextInt(stores.length);
                // half of the addresses within 8 bytes of a chunk edge
                int at = random.nextBoolean() ? random.nextInt(PAGES * PAGE - 8)
                        : (1 + random.nextInt(PAGES * 16 - 1)) * 4096 - 1 - random.nextInt(8);
                at = Math.min(at, PAGES * PAGE - widths[kind]);
                p.run(stores[kind], at, random.nextLong());
            }
            int from = random.nextInt(PAGES * PAGE - 20_000);
            p.run("fill", from, random.nextInt(256), random.nextInt(20_000));
            assertEquals(1, p.store().releaseMemories());
        }
        assertArrayEquals(fresh, contents(pooled().instance()));
    }

    @Test
    void grownPagesAreGoneAndReadAsZeroNextTime() throws Exception {
        Pooled first = pooled();
        assertEquals(PAGES, first.call("grow", 2));
        first.run("store32", PAGES * PAGE + 100, 0x55667788);
        first.run("store64", (PAGES + 2) * PAGE - 8, -1L);
        first.run("store32", 12, 99); // in the initial pages, after growing (the array is a copy now)
        assertEquals(1, first.store().releaseMemories());
        Pooled second = pooled();
        assertEquals(PAGES, second.call("size"));
        assertArrayEquals(fresh, contents(second.instance()));
        assertEquals(PAGES, second.call("grow", 2));
        assertEquals(0, second.call("load", PAGES * PAGE + 100));
        assertEquals(0, second.call("load", (PAGES + 2) * PAGE - 4));
        assertEquals(1, second.store().releaseMemories());
        assertArrayEquals(fresh, contents(pooled().instance()));
    }

    @Test
    void everyFreshInstanceCountsFromTheStartAndInstancesInFlightShareNothing() throws Exception {
        for (int round = 0; round < 5; round++) {
            List<Pooled> inFlight = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                inFlight.add(pooled());
            }
            for (Pooled p : inFlight) {
                assertEquals(7, p.call("count"), "a fresh instance sees the initial counter");
                assertEquals(8, p.call("count"));
            }
            inFlight.get(0).run("store32", 5000, 1234);
            assertEquals(0, inFlight.get(1).call("load", 5000));
            assertNotSame(((EndiveMemory) inFlight.get(0).memory()).memory(),
                    ((EndiveMemory) inFlight.get(1).memory()).memory());
            for (Pooled p : inFlight) {
                assertEquals(1, p.store().releaseMemories());
            }
        }
    }

    @Test
    void aReleasedMemoryHasNoPagesAndIsReleasedOnce() throws Exception {
        Pooled p = pooled();
        p.run("store32", 64, 5);
        CoreMemory memory = p.memory();
        assertEquals(1, p.store().releaseMemories());
        assertEquals(0, memory.pages(), "a released memory keeps nothing of the pool's storage");
        assertThrows(Trap.class, () -> memory.readInt(64));
        assertThrows(Trap.class, () -> memory.writeInt(64, 1));
        assertThrows(Trap.class, () -> p.call("load", 64));
        assertEquals(0, p.store().releaseMemories(), "twice gives nothing back");
    }

    @Test
    void aMemoryZeroedAfterUseDoesNotGoBack() {
        var wasm = wasmModule();
        var image = MemoryImage.of(wasm, limits(), 0).orElseThrow();
        var pool = new FlatPool(PAGES, 4);
        var memory = new FlatMemory(limits(), image, CoreStore.unlimited(), pool);
        memory.zero();
        memory.initialize(null, wasm.dataSection().dataSegments(), 0);
        memory.writeI32(0, 1);
        memory.zero(); // in use, then zeroed: no longer the image plus marked writes
        assertEquals(false, memory.release());
        assertEquals(0, pool.idleCount());
    }

    @Test
    void theDefaultIdleBoundIsAByteBudget() {
        // 256 MiB of idle storage per pool, 4 to 64 entries (no -Dweft.memory.pool.idle in the test JVM)
        assertEquals(64, FlatPool.idleFor(64 << 10), "a one-page memory");
        assertEquals(28, FlatPool.idleFor(145L * 65536), "the componentize-js memory, 9.5 MB: 256 MiB / 9,502,720 B");
        assertEquals(4, FlatPool.idleFor(64L << 20), "at the size cap");
    }

    @Test
    void thePoolKeepsAtMostItsBound() {
        var wasm = wasmModule();
        var image = MemoryImage.of(wasm, limits(), 0).orElseThrow();
        var pool = new FlatPool(PAGES, 2);
        List<FlatMemory> memories = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var memory = new FlatMemory(limits(), image, CoreStore.unlimited(), pool);
            memory.zero();
            memory.initialize(null, wasm.dataSection().dataSegments(), 0);
            memory.writeI32(PAGE + 8, 0x5eed);
            memories.add(memory);
        }
        long restored = FlatPoolStats.restoredChunks();
        assertEquals(List.of(true, true, false, false), memories.stream().map(FlatMemory::release).toList());
        assertEquals(2, pool.idleCount());
        assertEquals(2, FlatPoolStats.restoredChunks() - restored, "nothing is restored for a full pool");
        assertEquals(PAGES, memories.get(3).pages(), "a memory the pool had no room for keeps its storage");
        assertThrows(IllegalArgumentException.class,
                () -> new FlatMemory(new MemoryLimits(PAGES + 1, 8), image, CoreStore.unlimited(), pool));
    }

    @Test
    void largeMemoriesAreNotPooled() {
        assertEquals(null, FlatPool.forImageOf((int) ((64L << 20) / PAGE) + 1));
        assertEquals(1024, FlatPool.forImageOf(1024).pages());
    }

    private static MemoryLimits limits() {
        return new MemoryLimits(PAGES, 8);
    }

    private static run.endive.wasm.WasmModule wasmModule() {
        return run.endive.wasm.Parser.parse(TestModules.bytes("pooled"));
    }
}
