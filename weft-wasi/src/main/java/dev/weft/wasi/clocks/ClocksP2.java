package dev.weft.wasi.clocks;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.runtime.Linker;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import dev.weft.wasi.io.IoResources;
import dev.weft.wasi.io.Pollable;
import java.time.Instant;

/** WASI 0.2 glue for {@code wasi:clocks/monotonic-clock} and {@code wasi:clocks/wall-clock}. */
public final class ClocksP2 {
    private ClocksP2() {
    }

    public static void define(Linker linker, String version, IoResources io) {
        define(linker, version, io, WasiClocks.system());
    }

    public static void define(Linker linker, String version, IoResources io, WasiClocks clocks) {
        linker.instance("wasi:clocks/monotonic-clock@" + version)
                .function("now", a -> one(WasiVals.u64(clocks.monotonic().nanos())))
                .function("resolution", a -> one(WasiVals.u64(1)))
                .function("subscribe-instant", a -> {
                    long when = WasiVals.toLong(a.get(0));
                    long wait = Math.max(0, when - clocks.monotonic().nanos());
                    long now = System.nanoTime();
                    long deadline = now + wait < now ? Long.MAX_VALUE : now + wait;
                    return one(io.pollable().own(Pollable.deadline(deadline)));
                })
                .function("subscribe-duration", a -> {
                    long duration = WasiVals.toLong(a.get(0));
                    long now = System.nanoTime();
                    long deadline = duration < 0 || now + duration < now ? Long.MAX_VALUE : now + duration;
                    return one(io.pollable().own(Pollable.deadline(deadline)));
                });
        linker.instance("wasi:clocks/wall-clock@" + version)
                .function("now", a -> one(datetime(clocks.wall().now())))
                .function("resolution", a -> one(datetime(Instant.ofEpochSecond(0, 1000))));
    }

    /** A {@code datetime} record. */
    public static Val datetime(Instant t) {
        return WasiVals.record(WasiVals.field("seconds", WasiVals.u64(t.getEpochSecond())),
                WasiVals.field("nanoseconds", WasiVals.u32(t.getNano())));
    }
}
