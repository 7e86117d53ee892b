/**
 * The one narrow interface through which Weft runs core WebAssembly modules, implemented on Endive (no Endive
 * type appears in the public API).
 *
 * <ul>
 *   <li>{@link dev.weft.runtime.engine.CoreEngine#compile} parses, validates and compiles a module to JVM bytecode
 *       once. An engine remembers compiled modules by SHA-256 of their bytes; with a disk cache
 *       ({@code $WEFT_CACHE_DIR/compiled}, default {@code ~/.cache/weft/compiled}) a later process loads the
 *       compiled classes instead of compiling. Functions too large for a JVM method run in Endive's interpreter
 *       and are listed by {@link dev.weft.runtime.engine.CoreModule#interpretedFunctions()} (and logged).</li>
 *   <li>{@link dev.weft.runtime.engine.CoreModule#instantiate} is cheap and thread-safe; every instance has its own
 *       memories, tables and globals unless it imports them. Imports are host functions
 *       ({@link dev.weft.runtime.engine.CoreHostFunction}, flat {@code long[]} values) or the exports of other
 *       instances ({@link dev.weft.runtime.engine.CoreExtern}), which are shared, not copied.</li>
 *   <li>{@link dev.weft.runtime.engine.CoreFunction#call} turns every guest failure (trap, stack exhaustion, out
 *       of memory, failing host function) into a {@link dev.weft.error.Trap} carrying the guest function names
 *       on the stack (from the name section; compiled frames only).</li>
 * </ul>
 *
 * Flat value encoding: see {@link dev.weft.runtime.engine.CoreValType}. An instance runs one call at a time.
 * Guests recurse on the calling thread's stack: run deep guests (e.g. SpiderMonkey) on threads with large stacks.
 */
package dev.weft.runtime.engine;
