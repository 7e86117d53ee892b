package dev.weft.runtime.wasm;

/** Core wasm bytes that a rewriting pass cannot read: malformed, or an instruction or type form it does not know. */
public class WasmFormatException extends RuntimeException {
    public WasmFormatException(String message) {
        super(message);
    }
}
