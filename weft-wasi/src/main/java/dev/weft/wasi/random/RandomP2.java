package dev.weft.wasi.random;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.runtime.Linker;
import dev.weft.wasi.WasiVals;
import java.util.random.RandomGenerator;

/** WASI 0.2 glue for {@code wasi:random/random}, {@code insecure} and {@code insecure-seed}. */
public final class RandomP2 {
    private static final int MAX_BYTES = 64 << 20;

    private RandomP2() {
    }

    public static void define(Linker linker, String version) {
        define(linker, version, WasiRandom.system());
    }

    public static void define(Linker linker, String version, WasiRandom random) {
        RandomGenerator secure = random.secure();
        RandomGenerator insecure = random.insecure();
        linker.instance("wasi:random/random@" + version)
                .function("get-random-bytes", a -> {
                    byte[] b = new byte[length(a.get(0))];
                    synchronized (secure) {
                        secure.nextBytes(b);
                    }
                    return one(WasiVals.bytes(b));
                })
                .function("get-random-u64", a -> {
                    synchronized (secure) {
                        return one(WasiVals.u64(secure.nextLong()));
                    }
                });
        linker.instance("wasi:random/insecure@" + version)
                .function("get-insecure-random-bytes", a -> {
                    byte[] b = new byte[length(a.get(0))];
                    synchronized (insecure) {
                        insecure.nextBytes(b);
                    }
                    return one(WasiVals.bytes(b));
                })
                .function("get-insecure-random-u64", a -> {
                    synchronized (insecure) {
                        return one(WasiVals.u64(insecure.nextLong()));
                    }
                });
        long seedLow = random.seedLow();
        long seedHigh = random.seedHigh();
        linker.instance("wasi:random/insecure-seed@" + version)
                .function("insecure-seed", a -> one(WasiVals.tuple(WasiVals.u64(seedLow), WasiVals.u64(seedHigh))));
    }

    private static int length(dev.weft.value.Val len) throws dev.weft.error.Trap {
        long n = WasiVals.toLong(len);
        if (n < 0 || n > MAX_BYTES) {
            throw new dev.weft.error.Trap("random: " + Long.toUnsignedString(n) + " bytes requested, limit " + MAX_BYTES);
        }
        return (int) n;
    }
}
