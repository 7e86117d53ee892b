package dev.weft.runtime.split;

import dev.weft.runtime.wasm.Instructions;
import dev.weft.runtime.wasm.Leb;
import dev.weft.runtime.wasm.TypeSection;
import dev.weft.runtime.wasm.WasmReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites one function body with its selected regions outlined. A selected region becomes a new function of
 * type {@code [inputs, live locals] -> [i32, written locals]}: its stack inputs and the caller's locals it may read
 * before writing are its parameters (see {@link Handover}); it runs the region wrapped in one block per label it
 * branches out to, and on the way out stores its stack values to transfer globals and returns an exit code (0 for
 * falling through, {@code j} for the {@code j}-th outside label) followed by the written locals that are live
 * afterwards. At the region's place the caller pushes the locals, calls, stores the returned locals and dispatches
 * on the code with a
 * {@code br_table} in blocks that take the code as their parameter, pushing the carried values before each
 * branch.
 */
final class Outliner {
    private static final int GLOBAL_GET = 0x23;
    private static final int GLOBAL_SET = 0x24;
    private static final int LOCAL_GET = 0x20;
    private static final int LOCAL_SET = 0x21;
    private static final int LOCAL_TEE = 0x22;
    private static final int I32_WRAP_I64 = 0xA7;
    private static final int I64_EXTEND_I32_U = 0xAD;
    private static final int I64_SHL = 0x86;
    private static final int I64_SHR_U = 0x88;
    private static final int I64_OR = 0x84;

    /** Where outlined bodies go: reserves a function index, then receives the body for it. */
    interface Sink {
        /** A new function index, of function type {@code typeIndex}. */
        int reserve(int typeIndex);

        void define(int index, byte[] body);
    }

    private final byte[] wasm;
    private final FunctionShape shape;
    private final RegionTree tree;
    private final TransferGlobals globals;
    private final TypeSection types;
    private final Liveness liveness;
    private final Sink sink;
    private final Map<Integer, List<Region>> selectedAt = new HashMap<>();
    /** Whether results are packed and exit-less regions return no code ({@link SplitOptions#packResults}). */
    private final boolean pack;

    Outliner(byte[] wasm, FunctionShape shape, RegionTree tree, Liveness liveness, TransferGlobals globals,
             TypeSection types, Sink sink, boolean pack) {
        this.pack = pack && shape.locals().length < FunctionShape.MAX_LOCALS;
        this.wasm = wasm;
        this.shape = shape;
        this.tree = tree;
        this.globals = globals;
        this.types = types;
        this.liveness = liveness;
        this.sink = sink;
        for (Region region : tree.postOrder()) {
            if (region.selected) {
                selectedAt.computeIfAbsent(region.start, k -> new ArrayList<>()).add(region);
            }
        }
        // outermost first among regions starting at the same offset
        selectedAt.values().forEach(list -> list.sort((a, b) -> Integer.compare(b.end, a.end)));
    }

    /** The function's new body (locals and code). */
    byte[] rewrite(int bodyFrom) {
        var out = new ByteArrayOutputStream(shape.end() - bodyFrom);
        int temp = -1;
        if (pack) {
            // one more local, an i64 that unpacks packed results
            var r = new WasmReader(wasm, bodyFrom, shape.codeStart());
            int groups = r.u32();
            Leb.unsigned(out, groups + 1);
            out.write(wasm, r.pos(), shape.codeStart() - r.pos());
            Leb.unsigned(out, 1);
            out.write(0x7E);
            temp = shape.locals().length;
        } else {
            out.write(wasm, bodyFrom, shape.codeStart() - bodyFrom);
        }
        var ctx = new Context(null, null, List.of(), temp);
        emit(ctx, tree.body().start, tree.body().end, tree.body().enclosing, out);
        return out.toByteArray();
    }

    /** The function being written: the original (region null) or one outlined region. */
    private static final class Context {
        final Region region;
        final int[] localMap;
        final List<Integer> exits;
        /** The i64 local that unpacks packed results, or -1. */
        final int temp;
        int depth;

        Context(Region region, int[] localMap, List<Integer> exits, int temp) {
            this.region = region;
            this.localMap = localMap;
            this.exits = exits;
            this.temp = temp;
        }

        boolean original() {
            return region == null;
        }

        int local(int original) {
            return localMap == null ? original : localMap[original];
        }
    }

    private void emit(Context ctx, int from, int to, Region.LabelChain enclosing, ByteArrayOutputStream out) {
        var r = new WasmReader(wasm, from, to);
        Region.LabelChain chain = enclosing;
        while (!r.atEnd()) {
            int at = r.pos();
            Region inner = selectedAt(at, from, to, ctx);
            if (inner != null) {
                stub(ctx, inner, chain, out);
                r.skip(inner.end - at);
                continue;
            }
            int op = r.peek();
            switch (op) {
                case 0x02, 0x03, 0x04 -> {
                    r.u8();
                    r.skipBlockType();
                    copy(out, at, r.pos());
                    chain = new Region.LabelChain(at, chain);
                    ctx.depth++;
                }
                case 0x0B -> {
                    r.u8();
                    out.write(0x0B);
                    chain = chain.outer();
                    ctx.depth--;
                }
                case 0x0C, 0x0D -> {
                    r.u8();
                    int label = r.u32();
                    out.write(op);
                    Leb.unsigned(out, relabel(ctx, chain, label, at));
                }
                case 0x0E -> {
                    r.u8();
                    int n = r.u32();
                    out.write(op);
                    Leb.unsigned(out, n);
                    for (int i = 0; i <= n; i++) {
                        Leb.unsigned(out, relabel(ctx, chain, r.u32(), at));
                    }
                }
                case 0x0F -> {
                    r.u8();
                    if (ctx.original()) {
                        out.write(0x0F);
                    } else {
                        out.write(0x0C);
                        Leb.unsigned(out, ctx.depth + ctx.exits.indexOf(Region.FUNCTION_LABEL));
                    }
                }
                case 0x20, 0x21, 0x22 -> {
                    r.u8();
                    out.write(op);
                    Leb.unsigned(out, ctx.local(r.u32()));
                }
                default -> {
                    switch (Instructions.next(r)) {
                        case OPEN, LOOP -> {
                            chain = new Region.LabelChain(at, chain);
                            ctx.depth++;
                        }
                        case CLOSE -> {
                            chain = chain.outer();
                            ctx.depth--;
                        }
                        case ARM, CATCH, CALL, RETURN, TAIL_CALL, PLAIN -> { }
                    }
                    copy(out, at, r.pos());
                }
            }
        }
    }

    private Region selectedAt(int at, int from, int to, Context ctx) {
        var list = selectedAt.get(at);
        if (list == null) {
            return null;
        }
        for (Region region : list) {
            if (region != ctx.region && region.end <= to && region.end - region.start < to - from) {
                return region;
            }
        }
        return null;
    }

    /** A branch's new label index in {@code ctx}. */
    private static int relabel(Context ctx, Region.LabelChain chain, int label, int at) {
        if (ctx.original() || label < ctx.depth) {
            return label;
        }
        int target = chain.at(label, at);
        int exit = ctx.exits.indexOf(target);
        if (exit < 0) {
            throw new IllegalStateException("branch at offset " + at + " leaves its region for an unlisted label");
        }
        return ctx.depth + exit;
    }

    /** The label index in {@code ctx}, at a point with labels {@code chain}, of label {@code target}. */
    private static int resolve(Context ctx, Region.LabelChain chain, int target) {
        Region.LabelChain c = chain;
        for (int i = 0; c != null && (ctx.original() || i < ctx.depth); i++, c = c.outer()) {
            if (c.label() == target) {
                return i;
            }
        }
        int exit = ctx.exits.indexOf(target);
        if (exit < 0) {
            throw new IllegalStateException("label " + target + " is neither open nor an exit");
        }
        return ctx.depth + exit;
    }

    private void stub(Context ctx, Region region, Region.LabelChain chain, ByteArrayOutputStream out) {
        var hand = new Handover(region, shape.locals(), liveness.at(region.start), liveness.liveOut(region), globals);
        int index = sink.reserve(functionType(region, hand));
        sink.define(index, outline(region, hand));
        // the region's stack inputs are already on the stack: they are the first arguments
        for (int k = 0; k < hand.inLocals.length; k++) {
            op(out, LOCAL_GET, ctx.local(hand.inLocals[k]));
            op(out, GLOBAL_SET, hand.inGlobals[k]);
        }
        for (int p : hand.params) {
            op(out, LOCAL_GET, ctx.local(p));
        }
        op(out, 0x10, index);
        var results = results(region, hand);
        if (results.packed()) {
            // the high half first, then the low half: the stack as a two-value return leaves it
            op(out, LOCAL_TEE, ctx.temp);
            i64Const(out, 32);
            out.write(I64_SHR_U);
            out.write(I32_WRAP_I64);
            op(out, LOCAL_GET, ctx.temp);
            out.write(I32_WRAP_I64);
        }
        for (int k = 0; k < hand.returned.length; k++) {
            op(out, LOCAL_SET, ctx.local(hand.returned[k]));
        }
        for (int k = 0; k < hand.outLocals.length; k++) {
            op(out, GLOBAL_GET, hand.outGlobals[k]);
            op(out, LOCAL_SET, ctx.local(hand.outLocals[k]));
        }
        List<Integer> exits = region.exits();
        int m = exits.size();
        if (m == 0) {
            if (results.code()) {
                out.write(0x1A); // drop
            }
        } else if (!carriesValues(exits) && m == 1) {
            op(out, 0x0D, resolve(ctx, chain, exits.get(0))); // br_if: code 1 leaves, 0 falls through
        } else if (!carriesValues(exits)) {
            // one block taking the code: 0 lands at its end, j branches straight to the j-th exit
            out.write(0x02);
            out.writeBytes(signed(types.indexOf(new TypeSection.FuncType(new byte[] {0x7F}, 1, new byte[0], 0))));
            out.write(0x0E);
            Leb.unsigned(out, m + 1);
            Leb.unsigned(out, 0);
            for (int j = 1; j <= m; j++) {
                Leb.unsigned(out, 1 + resolve(ctx, chain, exits.get(j - 1)));
            }
            Leb.unsigned(out, 0);
            out.write(0x0B);
        } else {
            // the exit code enters the dispatch blocks as their parameter
            byte[] takesCode = signed(types.indexOf(new TypeSection.FuncType(new byte[] {0x7F}, 1, new byte[0], 0)));
            for (int j = 0; j <= m; j++) {
                out.write(0x02);
                out.writeBytes(takesCode);
            }
            out.write(0x0E);
            Leb.unsigned(out, m + 1);
            for (int code = 0; code <= m; code++) {
                Leb.unsigned(out, m - code);
            }
            Leb.unsigned(out, 0);
            for (int j = m; j >= 1; j--) {
                out.write(0x0B);
                int target = exits.get(j - 1);
                for (int g : hand.values(tree.labelTypes().get(target))) {
                    op(out, GLOBAL_GET, g);
                }
                op(out, 0x0C, j + resolve(ctx, chain, target));
            }
            out.write(0x0B);
        }
        for (int g : hand.values(region.outputs)) {
            op(out, GLOBAL_GET, g);
        }
    }

    /** Whether a branch to any of {@code exits} carries values (then each exit pushes them from globals). */
    private boolean carriesValues(List<Integer> exits) {
        for (int exit : exits) {
            if (tree.labelTypes().get(exit).length > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * How an outlined function returns: {@code code} whether it returns its exit code (always when results are not
     * packed, else only when it has exits), {@code packed} whether its two 32-bit results come as one {@code i64}
     * (the first value in the high half).
     */
    private record Results(boolean code, boolean packed) {}

    private Results results(Region region, Handover hand) {
        boolean code = !pack || !region.exits().isEmpty();
        int count = (code ? 1 : 0) + hand.returned.length;
        boolean packed = pack && count == 2;
        for (int local : hand.returned) {
            packed &= shape.locals()[local] == 0x7F;
        }
        return new Results(code, packed);
    }

    /**
     * {@code [inputs, parameter locals] -> [i32 code, returned locals, last first]}, or the same without the code, or
     * those two values packed in one {@code i64} (see {@link #results}).
     */
    private int functionType(Region region, Handover hand) {
        int n = region.inputs.length + hand.params.length;
        byte[] params = new byte[n];
        for (int k = 0; k < region.inputs.length; k++) {
            params[k] = (byte) region.inputs[k];
        }
        for (int k = 0; k < hand.params.length; k++) {
            params[region.inputs.length + k] = (byte) shape.locals()[hand.params[k]];
        }
        int m = hand.returned.length;
        var form = results(region, hand);
        if (form.packed()) {
            return types.indexOf(new TypeSection.FuncType(params, n, new byte[] {0x7E}, 1));
        }
        int first = form.code() ? 1 : 0;
        byte[] results = new byte[first + m];
        if (form.code()) {
            results[0] = 0x7F;
        }
        for (int k = 0; k < m; k++) {
            results[first + k] = (byte) shape.locals()[hand.returned[m - 1 - k]];
        }
        return types.indexOf(new TypeSection.FuncType(params, n, results, first + m));
    }

    /** The body of the function that runs {@code region}. */
    private byte[] outline(Region region, Handover hand) {
        var out = new ByteArrayOutputStream(region.size() + 64 + 8 * hand.frame.length);
        int inputs = region.inputs.length;
        int[] localMap = new int[shape.locals().length];
        java.util.Arrays.fill(localMap, -1);
        for (int k = 0; k < hand.frame.length; k++) {
            localMap[hand.frame[k]] = inputs + k;
        }
        writeLocals(out, hand.frame, hand.params.length);
        int codeLocal = inputs + hand.frame.length;
        int temp = pack ? codeLocal + 1 : -1;
        for (int k = 0; k < hand.inLocals.length; k++) {
            op(out, GLOBAL_GET, hand.inGlobals[k]);
            op(out, LOCAL_SET, localMap[hand.inLocals[k]]);
        }
        List<Integer> exits = region.exits();
        int m = exits.size();
        out.write(0x02); // $done: every way out sets the exit code and lands after it
        out.write(0x40);
        for (int j = m; j >= 1; j--) {
            int[] carried = tree.labelTypes().get(exits.get(j - 1));
            out.write(0x02);
            out.writeBytes(types.blockType(ValTypes.encode(carried), carried.length));
        }
        for (int k = 0; k < inputs; k++) {
            op(out, LOCAL_GET, k);
        }
        var ctx = new Context(region, localMap, exits, temp);
        emit(ctx, region.start, region.end, region.enclosing, out);
        leave(out, hand, region.outputs, 0, codeLocal, m);
        for (int j = 1; j <= m; j++) {
            out.write(0x0B);
            leave(out, hand, tree.labelTypes().get(exits.get(j - 1)), j, codeLocal, m - j);
        }
        out.write(0x0B);
        for (int k = 0; k < hand.outLocals.length; k++) {
            op(out, LOCAL_GET, localMap[hand.outLocals[k]]);
            op(out, GLOBAL_SET, hand.outGlobals[k]);
        }
        var form = results(region, hand);
        int[] pushed = new int[(form.code() ? 1 : 0) + hand.returned.length];
        int at = 0;
        if (form.code()) {
            pushed[at++] = codeLocal;
        }
        for (int k = hand.returned.length - 1; k >= 0; k--) {
            pushed[at++] = localMap[hand.returned[k]];
        }
        if (form.packed()) {
            op(out, LOCAL_GET, pushed[0]);
            out.write(I64_EXTEND_I32_U);
            i64Const(out, 32);
            out.write(I64_SHL);
            op(out, LOCAL_GET, pushed[1]);
            out.write(I64_EXTEND_I32_U);
            out.write(I64_OR);
        } else {
            for (int local : pushed) {
                op(out, LOCAL_GET, local);
            }
        }
        out.write(0x0B);
        return out.toByteArray();
    }

    /** Stores the carried values, sets the exit code and branches to {@code $done}, {@code depth} labels out. */
    private static void leave(ByteArrayOutputStream out, Handover hand, int[] carried, int code, int codeLocal,
                              int depth) {
        int[] g = hand.values(carried);
        for (int k = g.length - 1; k >= 0; k--) {
            op(out, GLOBAL_SET, g[k]);
        }
        out.write(0x41);
        Leb.signed(out, code);
        op(out, LOCAL_SET, codeLocal);
        if (depth > 0) {
            op(out, 0x0C, depth);
        }
    }

    /** Declares {@code frame[declaredFrom..]} (the locals that are not parameters) and the exit code. */
    private void writeLocals(ByteArrayOutputStream out, int[] frame, int declaredFrom) {
        var groups = new ByteArrayOutputStream();
        int count = 0;
        int k = declaredFrom;
        while (k < frame.length) {
            int type = shape.locals()[frame[k]];
            int run = 1;
            while (k + run < frame.length && shape.locals()[frame[k + run]] == type) {
                run++;
            }
            Leb.unsigned(groups, run);
            groups.write(type);
            count++;
            k += run;
        }
        Leb.unsigned(groups, 1); // the exit code
        groups.write(0x7F);
        count++;
        if (pack) {
            Leb.unsigned(groups, 1); // unpacks packed results of the calls it makes
            groups.write(0x7E);
            count++;
        }
        Leb.unsigned(out, count);
        out.writeBytes(groups.toByteArray());
    }

    private static byte[] signed(int index) {
        var out = new ByteArrayOutputStream(5);
        Leb.signed(out, index);
        return out.toByteArray();
    }

    private void copy(ByteArrayOutputStream out, int from, int to) {
        out.write(wasm, from, to - from);
    }

    private static void i64Const(ByteArrayOutputStream out, long value) {
        out.write(0x42);
        Leb.signed(out, value);
    }

    private static void op(ByteArrayOutputStream out, int opcode, long index) {
        out.write(opcode);
        Leb.unsigned(out, index);
    }
}
