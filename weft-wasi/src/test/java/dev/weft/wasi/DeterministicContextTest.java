package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.weft.component.Component;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Linker;
import dev.weft.testkit.Fixtures;
import dev.weft.value.U64Val;
import dev.weft.value.Val;
import dev.weft.wasi.clocks.WasiClocks;
import dev.weft.wasi.random.WasiRandom;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Fixed clocks and seeded random numbers, as configured in {@link WasiContext}, are what guests read. */
class DeterministicContextTest {
    private static long call(ComponentInstance instance, String name) throws Exception {
        List<Val> result = instance.function(name).orElseThrow().call(List.of());
        return ((U64Val) result.get(0)).bits();
    }

    private static ComponentInstance instance(WasiContext ctx) throws Exception {
        Component component = Component.decode(Fixtures.componentBytes("clock-random"));
        Linker linker = new Linker();
        Wasi.addToLinker(linker, ctx);
        InstancePre pre = linker.prepare(WasiTestsuiteTest.ENGINE, component);
        return pre.instantiate();
    }

    @Test
    void seededRandomRepeatsAndFollowsTheSeed() throws Exception {
        ComponentInstance a = instance(WasiContext.builder().random(WasiRandom.seeded(42)).build());
        ComponentInstance b = instance(WasiContext.builder().random(WasiRandom.seeded(42)).build());
        ComponentInstance c = instance(WasiContext.builder().random(WasiRandom.seeded(43)).build());
        long first = call(a, "random");
        assertEquals(first, call(b, "random"), "same seed, same first draw");
        assertEquals(call(a, "random"), call(b, "random"), "same seed, same second draw");
        assertNotEquals(first, call(c, "random"), "another seed, another draw");
        SplittableRandom root = new SplittableRandom(42);
        long expectedFirst = root.split().nextLong();
        assertEquals(expectedFirst, first, "the secure generator is the seed's first split");
        assertEquals(call(a, "seed-low"), call(b, "seed-low"));
    }

    @Test
    void fixedMonotonicClockStepsExactly() throws Exception {
        ComponentInstance guest = instance(WasiContext.builder()
                .clocks(WasiClocks.fixed(Instant.parse("2020-01-01T00:00:00Z"), Duration.ofMillis(5))).build());
        assertEquals(0, call(guest, "now"));
        assertEquals(5_000_000, call(guest, "now"));
        assertEquals(10_000_000, call(guest, "now"));
    }

    @Test
    void aCommandSeesTheFixedWallClock() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WasiContext ctx = WasiContext.builder().stdout(out)
                .clocks(WasiClocks.fixed(Instant.parse("2020-01-01T00:00:00Z"), Duration.ofMillis(30))).build();
        int status = WasiCommand.run(WasiTestsuiteTest.ENGINE,
                Component.decode(Fixtures.componentBytes("c-clocks-random")), ctx);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        // the fixture prints "yes" on a real clock; 2020 is before 2024
        assertEquals(true, text.contains("realtime after 2024-01-01: no"), text);
        assertEquals(true, text.contains("monotonic advances: yes"), text);
    }
}
