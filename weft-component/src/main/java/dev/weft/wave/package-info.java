/**
 * WAVE, the WebAssembly Value Encoding (wasm-tools' {@code wasm-wave} crate): component-model values as text.
 *
 * <h2>API</h2>
 * <ul>
 *   <li>{@link dev.weft.wave.WaveParser#parse(dev.weft.component.types.ValueType, String)}: text to
 *       {@link dev.weft.value.Val}, guided by the type (wasm-wave's {@code from_str(ty, s)}).</li>
 *   <li>{@link dev.weft.wave.WaveParser#parseUntyped(String)} gives the {@link dev.weft.wave.UntypedValue} tree;
 *       {@link dev.weft.wave.WaveParser#type} types it.</li>
 *   <li>{@link dev.weft.wave.WaveParser#parseCall(String)}: {@code wasmtime run --invoke} call syntax into a
 *       {@link dev.weft.wave.WaveCall} (a {@link dev.weft.wave.WaveCallTarget} plus untyped arguments);
 *       {@link dev.weft.wave.WaveParser#typeArguments} types the arguments against a
 *       {@link dev.weft.component.types.FuncType}.</li>
 *   <li>{@link dev.weft.wave.WavePrinter}: canonical text as wasm-wave writes it (and so as {@code wasmtime run
 *       --invoke} prints results); {@link dev.weft.wave.UntypedValuePrinter} for untyped trees and calls.</li>
 *   <li>{@link dev.weft.wave.ValTypeChecker}: does a {@code Val} fit a {@code ValueType}, with a path in the
 *       message ({@code record field `b`: expected u32, got string}).</li>
 *   <li>Errors: {@link dev.weft.wave.WaveException} (checked) with a {@link dev.weft.wave.WaveErrorKind}, span,
 *       line and column; offsets and columns count Unicode code points.</li>
 * </ul>
 *
 * <h2>Where Weft differs from wasm-wave (a7ef477), on purpose</h2>
 * <ul>
 *   <li>Resources: wasm-wave has no form for them (its writer panics). Weft prints handles opaquely as
 *       {@code <own NAME>} / {@code <borrow NAME>} (not WAVE; it does not parse back) and reading any text as
 *       {@code own}/{@code borrow} fails with {@link dev.weft.wave.WaveErrorKind#UNSUPPORTED_TYPE}. Streams,
 *       futures and error-context are unsupported both ways.</li>
 *   <li>{@code map<K, V>} (no wasm-wave form) reads and prints as a list of {@code (key, value)} tuples;
 *       fixed-length lists read as lists of exactly that length (wasm-wave only prints them).</li>
 *   <li>Record fields and flags must be separated by commas, and unknown record fields are errors (wasm-wave
 *       accepts {@code {a: 1 b: 2}} and silently drops unknown fields).</li>
 *   <li>Bad escapes are {@code INVALID_ESCAPE} at the backslash in chars too; strings are decoded while lexing,
 *       so string errors come before later syntax errors; an unknown flag is reported at the flag.</li>
 *   <li>Calls: {@code f()} is accepted when every parameter is an option (the spec lets trailing {@code none}
 *       arguments be left out; wasm-wave rejects an empty list). A version needs a package, as in wit-parser's
 *       {@code ItemName} which wasmtime uses; pre-release versions ({@code @0.3.0-rc-2025-09-16}) are accepted.
 *       {@code [constructor]}/{@code [method]}/{@code [static]} names are rejected, as in wasmtime.</li>
 * </ul>
 */
package dev.weft.wave;
