package dev.weft.runtime.meter;

import dev.weft.runtime.wasm.Instructions;
import dev.weft.runtime.wasm.Leb;
import dev.weft.runtime.wasm.WasmFormatException;
import dev.weft.runtime.wasm.WasmReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites one function body.
 *
 * <p>Fuel: the body charges, at its entry and at each loop header, the number of instructions of that region (the
 * function or loop body, without the loops nested in it), and traps with {@code unreachable} once the fuel goes
 * below zero. While the function runs, its fuel lives in a local (cheap to count down in a loop): the local is
 * loaded from the fuel global at entry, after each call and at each legacy {@code catch}, and stored back before
 * each call, before trapping and on the way out.
 *
 * <p>Call depth: the entry decrements the depth global (trapping below zero) and every exit increments it again.
 *
 * <p>To catch every exit, the original body is wrapped in a block whose type gives the function's results, so
 * branches to the function's label land just before the epilogue, and {@code return} becomes a branch to that
 * block. Tail calls run the epilogue first. Two i64 locals are added: the fuel and a scratch value.
 */
final class FunctionMeter {
    private static final int GLOBAL_GET = 0x23;
    private static final int GLOBAL_SET = 0x24;
    private static final int LOCAL_GET = 0x20;
    private static final int LOCAL_SET = 0x21;
    private static final int LOCAL_TEE = 0x22;
    private static final int I64_CONST = 0x42;

    private final int fuelGlobal;
    private final int depthGlobal;
    private final byte[] wrapperBlockType;
    private final int params;
    private long fuelLocal;
    private long scratch;

    /**
     * @param fuelGlobal       index of the fuel global, or -1 for no fuel metering
     * @param depthGlobal      index of the depth global, or -1 for no depth metering
     * @param wrapperBlockType the block type (encoded) giving the function's results
     * @param params           the function's parameter count (the added locals come after params and locals)
     */
    FunctionMeter(int fuelGlobal, int depthGlobal, byte[] wrapperBlockType, int params) {
        this.params = params;
        this.fuelGlobal = fuelGlobal;
        this.depthGlobal = depthGlobal;
        this.wrapperBlockType = wrapperBlockType;
    }

    /** The instrumented body (locals and code) of the body at {@code [from, to)} of {@code wasm}. */
    byte[] rewrite(byte[] wasm, int from, int to) {
        var r = new WasmReader(wasm, from, to);
        int groups = r.u32();
        int groupsStart = r.pos();
        long locals = params;
        for (int i = 0; i < groups; i++) {
            locals += Integer.toUnsignedLong(r.u32());
            r.skipValType();
        }
        int codeStart = r.pos();
        boolean fuel = fuelGlobal >= 0;
        boolean depth = depthGlobal >= 0;
        List<Long> costs = fuel ? regionCosts(wasm, codeStart, to) : List.of();
        var out = new ByteArrayOutputStream(to - from + 64);
        Leb.unsigned(out, groups + 1L);
        out.write(wasm, groupsStart, codeStart - groupsStart);
        out.write(0x02); // two more i64 locals
        out.write(0x7E);
        fuelLocal = locals;
        scratch = locals + 1;
        if (fuel) {
            reload(out);
            chargeFuel(out, costs.get(0));
        }
        if (depth) {
            enterDepth(out);
        }
        out.write(0x02); // block wrapping the original body
        out.writeBytes(wrapperBlockType);
        int loops = 1;
        int open = 0;
        r = new WasmReader(wasm, codeStart, to);
        while (!r.atEnd()) {
            int start = r.pos();
            Instructions.Kind kind = Instructions.next(r);
            switch (kind) {
                case OPEN -> {
                    open++;
                    copy(out, wasm, start, r.pos());
                }
                case LOOP -> {
                    open++;
                    copy(out, wasm, start, r.pos());
                    if (fuel) {
                        chargeFuel(out, costs.get(loops++));
                    }
                }
                case CLOSE -> {
                    copy(out, wasm, start, r.pos());
                    if (open > 0) {
                        open--;
                    } else {
                        epilogue(out, fuel, depth);
                        out.write(0x0B);
                        if (!r.atEnd()) {
                            throw new WasmFormatException("code after the end of a function at offset " + r.pos());
                        }
                    }
                }
                case RETURN -> {
                    out.write(0x0C); // br to the wrapper block
                    Leb.unsigned(out, open);
                }
                case TAIL_CALL -> {
                    epilogue(out, fuel, depth);
                    copy(out, wasm, start, r.pos());
                }
                case CALL -> {
                    if (fuel) {
                        flush(out);
                    }
                    copy(out, wasm, start, r.pos());
                    if (fuel) {
                        reload(out);
                    }
                }
                case CATCH -> {
                    copy(out, wasm, start, r.pos());
                    if (fuel) {
                        reload(out);
                    }
                }
                case ARM, PLAIN -> copy(out, wasm, start, r.pos());
            }
        }
        return out.toByteArray();
    }

    private void epilogue(ByteArrayOutputStream out, boolean fuel, boolean depth) {
        if (fuel) {
            flush(out);
        }
        if (depth) {
            leaveDepth(out);
        }
    }

    /** Instruction counts per region: index 0 the function outside loops, then each loop in order of appearance. */
    private static List<Long> regionCosts(byte[] wasm, int from, int to) {
        var costs = new ArrayList<Long>();
        costs.add(0L);
        var regions = new ArrayDeque<Integer>();
        regions.push(0);
        var loops = new ArrayDeque<Boolean>();
        var r = new WasmReader(wasm, from, to);
        while (!r.atEnd()) {
            int region = regions.peek();
            costs.set(region, costs.get(region) + 1);
            switch (Instructions.next(r)) {
                case OPEN -> loops.push(false);
                case LOOP -> {
                    loops.push(true);
                    regions.push(costs.size());
                    costs.add(0L);
                }
                case CLOSE -> {
                    if (!loops.isEmpty() && loops.pop()) {
                        regions.pop();
                    }
                }
                case ARM, CATCH, CALL, RETURN, TAIL_CALL, PLAIN -> { }
            }
        }
        return costs;
    }

    private static void copy(ByteArrayOutputStream out, byte[] wasm, int from, int to) {
        out.write(wasm, from, to - from);
    }

    private static void op(ByteArrayOutputStream out, int opcode, long index) {
        out.write(opcode);
        Leb.unsigned(out, index);
    }

    /** {@code fuel = global}. */
    private void reload(ByteArrayOutputStream out) {
        op(out, GLOBAL_GET, fuelGlobal);
        op(out, LOCAL_SET, fuelLocal);
    }

    /** {@code global = fuel}. */
    private void flush(ByteArrayOutputStream out) {
        op(out, LOCAL_GET, fuelLocal);
        op(out, GLOBAL_SET, fuelGlobal);
    }

    /** {@code fuel -= cost; if (fuel < 0) { global = fuel; unreachable }}. */
    private void chargeFuel(ByteArrayOutputStream out, long cost) {
        op(out, LOCAL_GET, fuelLocal);
        out.write(I64_CONST);
        Leb.signed(out, cost);
        out.write(0x7D); // i64.sub
        op(out, LOCAL_TEE, fuelLocal);
        out.write(I64_CONST);
        out.write(0x00);
        out.write(0x53); // i64.lt_s
        out.write(0x04); // if
        out.write(0x40);
        flush(out);
        out.write(0x00); // unreachable
        out.write(0x0B);
    }

    /** {@code depth -= 1; if (depth < 0) unreachable}, reading the global once. */
    private void enterDepth(ByteArrayOutputStream out) {
        op(out, GLOBAL_GET, depthGlobal);
        out.write(I64_CONST);
        out.write(0x01);
        out.write(0x7D); // i64.sub
        op(out, LOCAL_TEE, scratch);
        op(out, GLOBAL_SET, depthGlobal);
        op(out, LOCAL_GET, scratch);
        out.write(I64_CONST);
        out.write(0x00);
        out.write(0x53); // i64.lt_s
        out.write(0x04); // if
        out.write(0x40);
        out.write(0x00); // unreachable
        out.write(0x0B);
    }

    /** {@code depth += 1}. */
    private void leaveDepth(ByteArrayOutputStream out) {
        op(out, GLOBAL_GET, depthGlobal);
        out.write(I64_CONST);
        out.write(0x01);
        out.write(0x7C); // i64.add
        op(out, GLOBAL_SET, depthGlobal);
    }
}
