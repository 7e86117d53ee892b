package dev.weft.runtime.wasm;

/**
 * Reads one instruction at a time, skipping its immediates, and says what it does to the block structure. Covers
 * the core spec (with bulk memory, reference types, SIMD and relaxed SIMD, tail calls, threads, GC and both
 * exception-handling encodings); anything else is a {@link WasmFormatException} naming the opcode and offset.
 */
public final class Instructions {

    /** The structural role of an instruction. */
    public enum Kind {
        /** {@code block}, {@code if}, {@code try}, {@code try_table}: opens a label. */
        OPEN,
        /** {@code loop}: opens a label whose branches jump back. */
        LOOP,
        /** {@code else}: a new arm of the open block. */
        ARM,
        /** {@code catch}, {@code catch_all} (legacy exception handling): an arm reached by unwinding. */
        CATCH,
        /** {@code call}, {@code call_indirect}, {@code call_ref}. */
        CALL,
        /** {@code end}, or a legacy {@code delegate}: closes the innermost label. */
        CLOSE,
        /** {@code return}. */
        RETURN,
        /** {@code return_call}, {@code return_call_indirect}, {@code return_call_ref}. */
        TAIL_CALL,
        /** Everything else. */
        PLAIN
    }

    private Instructions() {}

    /** Consumes one instruction from {@code r} and classifies it. */
    public static Kind next(WasmReader r) {
        int at = r.pos();
        int op = r.u8();
        switch (op) {
            case 0x02, 0x04, 0x06 -> {
                r.skipBlockType();
                return Kind.OPEN;
            }
            case 0x03 -> {
                r.skipBlockType();
                return Kind.LOOP;
            }
            case 0x1F -> {
                r.skipBlockType();
                int catches = r.u32();
                for (int i = 0; i < catches; i++) {
                    int kind = r.u8();
                    if (kind == 0x00 || kind == 0x01) {
                        r.u32();
                    }
                    r.u32();
                }
                return Kind.OPEN;
            }
            case 0x05 -> {
                return Kind.ARM;
            }
            case 0x19 -> {
                return Kind.CATCH;
            }
            case 0x07 -> {
                r.u32();
                return Kind.CATCH;
            }
            case 0x10, 0x14 -> {
                r.u32();
                return Kind.CALL;
            }
            case 0x11 -> {
                r.u32();
                r.u32();
                return Kind.CALL;
            }
            case 0x0B -> {
                return Kind.CLOSE;
            }
            case 0x18 -> {
                r.u32();
                return Kind.CLOSE;
            }
            case 0x0F -> {
                return Kind.RETURN;
            }
            case 0x12, 0x15 -> {
                r.u32();
                return Kind.TAIL_CALL;
            }
            case 0x13 -> {
                r.u32();
                r.u32();
                return Kind.TAIL_CALL;
            }
            default -> {
                plain(r, op, at);
                return Kind.PLAIN;
            }
        }
    }

    private static void plain(WasmReader r, int op, int at) {
        switch (op) {
            case 0x00, 0x01, 0x0A, 0x1A, 0x1B, 0xD1, 0xD3, 0xD4 -> { }
            case 0x08, 0x09, 0x0C, 0x0D, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x3F, 0x40,
                 0xD2, 0xD5, 0xD6 -> r.u32();
            case 0x0E -> {
                int n = r.u32();
                for (int i = 0; i <= n; i++) {
                    r.u32();
                }
            }
            case 0x1C -> {
                int n = r.u32();
                for (int i = 0; i < n; i++) {
                    r.skipValType();
                }
            }
            case 0x41, 0x42, 0xD0 -> r.skipLeb();
            case 0x43 -> r.skip(4);
            case 0x44 -> r.skip(8);
            case 0xFB -> gc(r, at);
            case 0xFC -> misc(r, at);
            case 0xFD -> simd(r, at);
            case 0xFE -> atomic(r);
            default -> {
                if (op >= 0x28 && op <= 0x3E) {
                    memarg(r);
                } else if (op < 0x45 || op > 0xC4) {
                    throw unknown(op, -1, at);
                }
            }
        }
    }

    private static void memarg(WasmReader r) {
        int align = r.u32();
        if ((align & 0x40) != 0) {
            r.u32();
        }
        r.skipLeb();
    }

    private static void gc(WasmReader r, int at) {
        int sub = r.u32();
        switch (sub) {
            case 0, 1, 6, 7, 11, 12, 13, 14, 16 -> r.u32();
            case 2, 3, 4, 5, 8, 9, 10, 17, 18, 19 -> {
                r.u32();
                r.u32();
            }
            case 15, 26, 27, 28, 29, 30 -> { }
            case 20, 21, 22, 23 -> r.skipLeb();
            case 24, 25 -> {
                r.u8();
                r.u32();
                r.skipLeb();
                r.skipLeb();
            }
            default -> throw unknown(0xFB, sub, at);
        }
    }

    private static void misc(WasmReader r, int at) {
        int sub = r.u32();
        switch (sub) {
            case 0, 1, 2, 3, 4, 5, 6, 7 -> { }
            case 9, 11, 13, 15, 16, 17 -> r.u32();
            case 8, 10, 12, 14 -> {
                r.u32();
                r.u32();
            }
            default -> throw unknown(0xFC, sub, at);
        }
    }

    private static void simd(WasmReader r, int at) {
        int sub = r.u32();
        if (sub <= 0x0B || sub == 0x5C || sub == 0x5D) {
            memarg(r);
        } else if (sub == 0x0C || sub == 0x0D) {
            r.skip(16);
        } else if (sub >= 0x15 && sub <= 0x22) {
            r.u8();
        } else if (sub >= 0x54 && sub <= 0x5B) {
            memarg(r);
            r.u8();
        } else if (sub > 0x113) {
            throw unknown(0xFD, sub, at);
        }
    }

    private static void atomic(WasmReader r) {
        int sub = r.u32();
        if (sub == 0x03) {
            r.u8();
        } else {
            memarg(r);
        }
    }

    private static WasmFormatException unknown(int prefix, int sub, int at) {
        return new WasmFormatException("unknown opcode 0x" + Integer.toHexString(prefix)
                + (sub >= 0 ? " " + sub : "") + " at offset " + at);
    }
}
