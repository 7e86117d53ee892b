package dev.weft.runtime.meter;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites one function body. Fuel: the body charges, at its entry and at each loop header, the number of
 * instructions of that region (the function or loop body, without the loops nested in it), and traps with
 * {@code unreachable} once the fuel global goes below zero. Call depth: the entry decrements the depth global
 * (trapping below zero) and every exit increments it again; to catch every exit the original body is wrapped in
 * a block, so branches to the function's label land before the increment, and {@code return} becomes a branch
 * to that block. Each body gets one extra i64 local, so a check reads its global only once.
 */
final class FunctionMeter {
    private static final int GLOBAL_GET = 0x23;
    private static final int GLOBAL_SET = 0x24;
    private static final int I64_CONST = 0x42;

    private final int fuelGlobal;
    private final int depthGlobal;
    private final byte[] wrapperBlockType;
    private final int params;
    private long scratch;

    /**
     * @param fuelGlobal       index of the fuel global, or -1 for no fuel metering
     * @param depthGlobal      index of the depth global, or -1 for no depth metering
     * @param wrapperBlockType the block type (encoded) giving the function's results, used with depth metering
     * @param params           the function's parameter count (its scratch local comes after params and locals)
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
        List<Long> costs = fuelGlobal >= 0 ? regionCosts(wasm, codeStart, to) : List.of();
        var out = new ByteArrayOutputStream(to - from + 64);
        // one more local, an i64 scratch for the meter's new value
        Leb.unsigned(out, groups + 1L);
        out.write(wasm, groupsStart, codeStart - groupsStart);
        out.write(0x01);
        out.write(0x7E);
        this.scratch = locals;
        if (fuelGlobal >= 0) {
            charge(out, fuelGlobal, costs.get(0));
        }
        if (depthGlobal >= 0) {
            charge(out, depthGlobal, 1);
            out.write(0x02);
            out.writeBytes(wrapperBlockType);
        }
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
                    if (fuelGlobal >= 0) {
                        charge(out, fuelGlobal, costs.get(loops++));
                    }
                }
                case CLOSE -> {
                    copy(out, wasm, start, r.pos());
                    if (open == 0) {
                        if (depthGlobal >= 0) {
                            release(out, depthGlobal);
                            out.write(0x0B);
                        }
                        if (!r.atEnd()) {
                            throw new MeteringException("code after the end of a function at offset " + r.pos());
                        }
                    } else {
                        open--;
                    }
                }
                case RETURN -> {
                    if (depthGlobal >= 0) {
                        out.write(0x0C);
                        Leb.unsigned(out, open);
                    } else {
                        copy(out, wasm, start, r.pos());
                    }
                }
                case TAIL_CALL -> {
                    if (depthGlobal >= 0) {
                        release(out, depthGlobal);
                    }
                    copy(out, wasm, start, r.pos());
                }
                case ARM, PLAIN -> copy(out, wasm, start, r.pos());
            }
        }
        return out.toByteArray();
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
                case ARM, RETURN, TAIL_CALL, PLAIN -> { }
            }
        }
        return costs;
    }

    private static void copy(ByteArrayOutputStream out, byte[] wasm, int from, int to) {
        out.write(wasm, from, to - from);
    }

    /** {@code g -= cost; if (g < 0) unreachable}, reading the global once. */
    private void charge(ByteArrayOutputStream out, int global, long cost) {
        out.write(GLOBAL_GET);
        Leb.unsigned(out, global);
        out.write(I64_CONST);
        Leb.signed(out, cost);
        out.write(0x7D); // i64.sub
        out.write(0x22); // local.tee
        Leb.unsigned(out, scratch);
        out.write(GLOBAL_SET);
        Leb.unsigned(out, global);
        out.write(0x20); // local.get
        Leb.unsigned(out, scratch);
        out.write(I64_CONST);
        out.write(0x00);
        out.write(0x53); // i64.lt_s
        out.write(0x04); // if
        out.write(0x40);
        out.write(0x00); // unreachable
        out.write(0x0B);
    }

    /** {@code g += 1}. */
    private static void release(ByteArrayOutputStream out, int global) {
        out.write(GLOBAL_GET);
        Leb.unsigned(out, global);
        out.write(I64_CONST);
        out.write(0x01);
        out.write(0x7C); // i64.add
        out.write(GLOBAL_SET);
        Leb.unsigned(out, global);
    }
}
