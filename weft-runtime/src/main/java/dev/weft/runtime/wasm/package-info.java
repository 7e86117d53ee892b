/**
 * Reading and writing the core wasm binary format for Weft's module rewriting passes (fuel metering in
 * {@code dev.weft.runtime.meter}, function splitting in {@code dev.weft.runtime.split}): a byte cursor
 * ({@link dev.weft.runtime.wasm.WasmReader}), LEB128 encoders ({@link dev.weft.runtime.wasm.Leb}), an instruction
 * skipper ({@link dev.weft.runtime.wasm.Instructions}), the function types ({@link dev.weft.runtime.wasm.TypeSection})
 * and the top-level sections ({@link dev.weft.runtime.wasm.Sections}).
 */
package dev.weft.runtime.wasm;
