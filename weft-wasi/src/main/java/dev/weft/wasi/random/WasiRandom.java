package dev.weft.wasi.random;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Where {@code wasi:random} takes its numbers: a secure generator for {@code random}, a fast one for
 * {@code insecure}, and the two 64-bit halves {@code insecure-seed} returns. Seeded ones make runs repeatable.
 */
public record WasiRandom(RandomGenerator secure, RandomGenerator insecure, long seedLow, long seedHigh) {
    public WasiRandom {
        Objects.requireNonNull(secure, "secure");
        Objects.requireNonNull(insecure, "insecure");
    }

    /** Fresh, unpredictable generators (the default). */
    public static WasiRandom system() {
        SecureRandom secure = new SecureRandom();
        return new WasiRandom(secure, new SplittableRandom(secure.nextLong()), secure.nextLong(), secure.nextLong());
    }

    /** Generators seeded from {@code seed}: the same seed gives the guest the same numbers every run. */
    public static WasiRandom seeded(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        return new WasiRandom(root.split(), root.split(), root.nextLong(), root.nextLong());
    }
}
