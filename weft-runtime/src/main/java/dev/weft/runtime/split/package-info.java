/**
 * Splits functions too large for Endive's compiler before compiling them ({@link
 * dev.weft.runtime.split.ModuleSplitter}). Endive turns each wasm function into one JVM method; a function whose
 * bytecode would pass the JVM's 64 KB method limit (SpiderMonkey's interpreter loop in componentize-js, among
 * others) falls back to Endive's interpreter. This pass outlines regions of such functions (whole structured
 * constructs, or the tail of a block after a leading construct, as in a lowered {@code switch}) into new
 * functions appended at the end of the function index space. Locals and stack values cross through mutable
 * "transfer" globals appended after the module's own; branches out of a region become exit codes that the caller
 * dispatches with a {@code br_table}. Runs after metering ({@code dev.weft.runtime.meter}), so metered semantics
 * are unchanged, and before compiling; the compile cache keys on {@link
 * dev.weft.runtime.split.ModuleSplitter#VERSION} and the limit.
 *
 * <p>Regions are never taken when they hold exception handling, tail calls or typed-reference branches, or when
 * they would carry a typed reference across; such code stays where it is.
 */
package dev.weft.runtime.split;
