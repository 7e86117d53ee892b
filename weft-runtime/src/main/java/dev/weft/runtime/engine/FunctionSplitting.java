package dev.weft.runtime.engine;

import dev.weft.runtime.split.ModuleSplitter;

/**
 * Whether, and from what size, function bodies are split before compiling ({@link ModuleSplitter}): Endive turns
 * each wasm function into one JVM method and leaves functions too large for a JVM method to its much slower
 * interpreter, so bodies over {@code maxBodyBytes} have regions outlined into new functions first.
 *
 * @param maxBodyBytes body size in bytes above which a function is split; 0 turns splitting off
 */
public record FunctionSplitting(long maxBodyBytes) {
    /** No splitting: large functions run in Endive's interpreter. */
    public static final FunctionSplitting OFF = new FunctionSplitting(0);
    /**
     * The default: well under the size at which Endive's bytecode for a function passes the JVM's 64 KB method
     * limit (about 1 to 1.5 bytes of bytecode per byte of wasm in the SpiderMonkey module of componentize-js).
     */
    public static final FunctionSplitting DEFAULT = new FunctionSplitting(16_000);

    public FunctionSplitting {
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must be >= 0: " + maxBodyBytes);
        }
    }

    public boolean on() {
        return maxBodyBytes > 0;
    }

    /** Filename-safe part of compile-cache keys. */
    String cacheTag() {
        return on() ? "split" + ModuleSplitter.VERSION + "-" + maxBodyBytes : "nosplit";
    }
}
