package dev.weft.runtime.split;

/**
 * How {@link ModuleSplitter} cuts functions.
 *
 * @param limit         estimated JVM bytecode bytes ({@code BytecodeCost}) a method may hold
 * @param dispatchLimit what a method holding a switch's dispatch (a {@code br_table} of 64 or more targets) may
 *                      hold, so that the dispatch and the calls to its cases stay in one method; {@code limit}
 *                      treats it like any other method
 * @param packResults   whether an outlined function whose results are two 32-bit integers (an exit code and one
 *                      {@code i32} local, or two {@code i32} locals when it has no exit) returns them packed in one
 *                      {@code i64}, and one without exits returns no exit code: Endive returns more than one
 *                      result as a new {@code long[]}, one value as a JVM primitive
 */
public record SplitOptions(long limit, long dispatchLimit, boolean packResults) {
    public SplitOptions {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be > 0: " + limit);
        }
    }

    /** Switches cut like other code, results packed. */
    public static SplitOptions of(long limit) {
        return new SplitOptions(limit, limit, true);
    }

    /** Filename-safe summary of the options, for cache keys. */
    public String tag() {
        return limit + "-" + dispatchLimit + (packResults ? "-p" : "-u");
    }
}
