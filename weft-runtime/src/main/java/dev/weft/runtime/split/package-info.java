/**
 * Splits functions too large for the JVM before compiling them ({@link dev.weft.runtime.split.ModuleSplitter}).
 * Endive turns each wasm function into one JVM method; a function whose bytecode would pass the JVM's 64 KB method
 * limit (SpiderMonkey's interpreter loop in componentize-js, among others) falls back to Endive's interpreter, and
 * methods past HotSpot's 8000-byte limit are compiled badly or not at all (C1 runs out of virtual registers, C2
 * can take minutes on one of them). This pass outlines regions of such functions (whole structured constructs, or
 * the tail of a block after a leading construct, as in a lowered {@code switch}) into new functions appended at
 * the end of the function index space, until every method is within the limit in estimated bytecode
 * ({@code BytecodeCost}). A region's stack inputs and the locals live at its start ({@code Liveness}) are the new
 * function's parameters; the written locals live after it come back as results after an exit code, and stack
 * values it leaves through mutable "transfer" globals appended after the module's own; branches out of a region
 * become exit codes that the caller
 * dispatches with a {@code br_if} or {@code br_table}. A region without exits returns no exit code, and two 32-bit
 * results (the code and one {@code i32} local, or two {@code i32} locals) come back packed in one {@code i64}:
 * Endive returns more than one result as a newly allocated {@code long[]} ({@link
 * dev.weft.runtime.split.SplitOptions#packResults}). Runs after metering ({@code dev.weft.runtime.meter}), so
 * metered semantics are unchanged, and before compiling; the compile cache keys on {@link
 * dev.weft.runtime.split.ModuleSplitter#VERSION} and the {@link dev.weft.runtime.split.SplitOptions}.
 *
 * <p>Regions are never taken when they hold exception handling, tail calls or typed-reference branches, or when
 * they would carry a typed reference across; such code stays where it is.
 */
package dev.weft.runtime.split;
