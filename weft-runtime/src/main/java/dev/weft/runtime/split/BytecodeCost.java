package dev.weft.runtime.split;

/**
 * A rough estimate of the JVM bytecode bytes Endive emits for one wasm instruction, so that the split limit
 * bounds the size of the generated JVM methods rather than of the wasm bodies (the ratio between the two runs
 * from under 1 to over 2 with the mix of instructions). HotSpot compiles methods up to 8000 bytecode bytes
 * normally; past that C1 can run out of virtual registers and C2 can spend minutes on one method.
 */
final class BytecodeCost {
    private BytecodeCost() {}

    /** The estimate for the instruction with opcode {@code op} spanning {@code length} bytes of wasm. */
    static int of(int op, int length) {
        return switch (op) {
            case 0x02, 0x03, 0x0B -> 0; // block, loop, end: labels only
            case 0x04, 0x05, 0x0C -> 4; // if, else, br: a jump (and a check on backward branches)
            case 0x0D -> 5; // br_if
            case 0x0E -> 16 + 4 * length; // br_table: a tableswitch
            case 0x0F, 0x1A -> 2; // return, drop
            case 0x10 -> 7; // call: memory and instance pushed, invokestatic
            case 0x11 -> 14; // call_indirect: table lookup and dispatch
            case 0x20, 0x21 -> 2;
            case 0x22 -> 3;
            case 0x23, 0x24 -> 8; // global.get/set: a static helper with the instance
            case 0x41, 0x42, 0x43, 0x44 -> 3;
            default -> {
                if (op >= 0x28 && op <= 0x3E) {
                    yield 8; // load/store: offset, memory, invokestatic
                }
                if (op >= 0x6A && op <= 0x78 || op >= 0x7C && op <= 0x8A) {
                    yield 1; // integer arithmetic maps to one JVM instruction
                }
                yield 4;
            }
        };
    }
}
