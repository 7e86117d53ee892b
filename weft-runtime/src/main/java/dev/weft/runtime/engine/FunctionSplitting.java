package dev.weft.runtime.engine;

import dev.weft.runtime.split.ModuleSplitter;
import dev.weft.runtime.split.SplitOptions;

/**
 * Whether, and from what size, function bodies are split before compiling ({@link ModuleSplitter}): Endive turns
 * each wasm function into one JVM method and leaves functions too large for a JVM method to its much slower
 * interpreter, and HotSpot compiles large methods badly or not at all, so bodies whose estimated JVM bytecode is
 * over {@code maxBodyBytes} have regions outlined into new functions first.
 *
 * @param maxBodyBytes estimated JVM bytecode bytes of a function's method above which it is split; 0 turns
 *                     splitting off
 */
public record FunctionSplitting(long maxBodyBytes) {
    /** No splitting: large functions run in Endive's interpreter. */
    public static final FunctionSplitting OFF = new FunctionSplitting(0);
    /**
     * The default: methods under HotSpot's 8000-byte limit for normal JIT compilation, so that C1 does not run out
     * of virtual registers on them and C2 compiles them in reasonable time, with room left in C2's inlining
     * budget (8000 bytecode bytes per compiled method, the method itself included). Larger pieces (16 000 bytes of
     * wasm, the first default) left SpiderMonkey's interpreter loop to the JVM's bytecode interpreter: C1 gave up
     * on it and one C2 compile of it ran for minutes, holding the only C2 compiler thread of a 2-core machine.
     */
    public static final FunctionSplitting DEFAULT = new FunctionSplitting(6_000);

    public FunctionSplitting {
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must be >= 0: " + maxBodyBytes);
        }
    }

    public boolean on() {
        return maxBodyBytes > 0;
    }

    /**
     * System property naming the estimated bytecode bytes a method holding a switch's dispatch may keep (default: the
     * limit itself, so the switch is cut like any other code). {@code ModuleSplitter.split(wasm, limit, 2 * limit)}
     * keeps SpiderMonkey's opcode dispatch and the calls to its ~240 cases in one method (two calls per JS opcode
     * instead of three: 7-20 % less CPU per request after minutes of warm-up), but that method is 15 KB of bytecode:
     * HotSpot compiles it only with {@code -XX:-DontCompileHugeMethods}, C1 gives up on it, and until C2 has
     * compiled it a request costs more (after 20 s of load, 16 against 64 req/s: see bench/README.md, branch
     * jsexec3). For measurements; part of the cache key.
     */
    public static final String DISPATCH_BYTES_PROPERTY = "weft.split.dispatchBytes";
    /**
     * System property: {@code false} turns off packed results ({@link SplitOptions#packResults}), for A/B
     * measurements; part of the cache key.
     */
    public static final String PACK_RESULTS_PROPERTY = "weft.split.packResults";

    long dispatchBytes() {
        return Math.max(maxBodyBytes, Long.getLong(DISPATCH_BYTES_PROPERTY, maxBodyBytes));
    }

    /** What {@link ModuleSplitter} is asked to do (only meaningful when {@link #on()}). */
    SplitOptions options() {
        return new SplitOptions(maxBodyBytes, dispatchBytes(),
                !"false".equals(System.getProperty(PACK_RESULTS_PROPERTY)));
    }

    /** Filename-safe part of compile-cache keys: every option that changes the split module's shape is in it. */
    String cacheTag() {
        return on() ? "split" + ModuleSplitter.VERSION + "-" + options().tag() : "nosplit";
    }
}
