package dev.weft.runtime.engine;

import dev.weft.runtime.split.ModuleSplitter;

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
     * Estimated bytecode bytes a method holding a switch's dispatch may keep (so that the dispatch and the calls to
     * its cases are one method: SpiderMonkey's interpreter then costs one call per JS opcode, not three): twice
     * {@link #maxBodyBytes} when this JVM compiles methods over HotSpot's 8000-byte limit
     * ({@code -XX:-DontCompileHugeMethods}, which the {@code weft} launcher sets), else {@link #maxBodyBytes}: with
     * HotSpot's default such a method would never leave the bytecode interpreter.
     */
    long dispatchBytes() {
        return HUGE_METHODS_COMPILED ? 2 * maxBodyBytes : maxBodyBytes;
    }

    private static final boolean HUGE_METHODS_COMPILED = hugeMethodsCompiled();

    private static boolean hugeMethodsCompiled() {
        try {
            var bean = java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class);
            return bean != null && "false".equals(bean.getVMOption("DontCompileHugeMethods").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Filename-safe part of compile-cache keys. */
    String cacheTag() {
        return on() ? "split" + ModuleSplitter.VERSION + "-" + maxBodyBytes + "-" + dispatchBytes() : "nosplit";
    }
}
