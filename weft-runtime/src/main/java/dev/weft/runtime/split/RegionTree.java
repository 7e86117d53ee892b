package dev.weft.runtime.split;

import dev.weft.runtime.wasm.Instructions;
import dev.weft.runtime.wasm.WasmFormatException;
import dev.weft.runtime.wasm.WasmReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The regions of one function body (see {@link Region}), built in one pass over its instructions, with the value
 * types that a branch to each label carries.
 *
 * @param body        the whole body
 * @param postOrder   every region, each after the regions inside it
 * @param labelTypes  per label offset ({@link Region#FUNCTION_LABEL} for the function): the types a branch carries
 */
record RegionTree(Region body, List<Region> postOrder, Map<Integer, int[]> labelTypes) {

    static RegionTree build(byte[] wasm, FunctionShape shape, BlockTypes blockTypes) {
        return new Builder(wasm, shape, blockTypes).run();
    }

    private static final class Builder {
        private final byte[] wasm;
        private final FunctionShape shape;
        private final BlockTypes blockTypes;
        private final List<Region> postOrder = new ArrayList<>();
        private final Map<Integer, int[]> labelTypes = new HashMap<>();
        /** Open regions, innermost first. */
        private final ArrayDeque<Region> open = new ArrayDeque<>();
        /** Per open construct (innermost first): where its body starts, and whether it may get a tail region. */
        private final ArrayDeque<int[]> bodies = new ArrayDeque<>();
        private Region.LabelChain labels = new Region.LabelChain(Region.FUNCTION_LABEL, null);

        Builder(byte[] wasm, FunctionShape shape, BlockTypes blockTypes) {
            this.wasm = wasm;
            this.shape = shape;
            this.blockTypes = blockTypes;
        }

        RegionTree run() {
            var body = new Region(Region.Kind.BODY, shape.codeStart(), null, labels);
            body.outputs = shape.results();
            labelTypes.put(Region.FUNCTION_LABEL, shape.results());
            open.push(body);
            bodies.push(new int[] {shape.codeStart(), 1});
            var r = new WasmReader(wasm, shape.codeStart(), shape.end());
            while (!r.atEnd()) {
                int at = r.pos();
                int op = r.peek();
                Region current = open.peek();
                step(r, at, op);
                current.weight += BytecodeCost.of(op, r.pos() - at);
            }
            if (!open.isEmpty()) {
                throw new WasmFormatException("function body at offset " + shape.codeStart() + " is not closed");
            }
            return new RegionTree(body, postOrder, labelTypes);
        }

        private void step(WasmReader r, int at, int op) {
            switch (op) {
                case 0x02, 0x03, 0x04 -> openConstruct(r, at, op);
                case 0x0B -> {
                    r.u8();
                    close(r.pos(), at);
                }
                case 0x0C, 0x0D -> {
                    r.u8();
                    branch(r.u32(), at);
                }
                case 0x0E -> {
                    r.u8();
                    int n = r.u32();
                    for (int i = 0; i <= n; i++) {
                        branch(r.u32(), at);
                    }
                    if (n >= Region.DISPATCH_TARGETS) {
                        open.peek().dispatches = true;
                    }
                }
                case 0x0F -> {
                    r.u8();
                    open.peek().targets.add(Region.FUNCTION_LABEL);
                }
                case 0x20, 0x21, 0x22 -> {
                    r.u8();
                    int local = r.u32();
                    if (local < 0 || local >= shape.locals().length) {
                        throw new WasmFormatException("local " + local + " out of range at offset " + at);
                    }
                    open.peek().used.set(local);
                    if (op != 0x20) {
                        open.peek().written.set(local);
                    }
                }
                default -> other(r, at, op);
            }
        }

        private void openConstruct(WasmReader r, int at, int op) {
            r.u8();
            var sig = blockTypes.read(r);
            var region = new Region(Region.Kind.CONSTRUCT, at, open.peek(), labels);
            region.outputs = sig.results();
            int[] in = sig.params();
            if (op == 0x04) {
                in = java.util.Arrays.copyOf(in, in.length + 1);
                in[in.length - 1] = 0x7F;
            }
            region.inputs = in;
            labelTypes.put(at, op == 0x03 ? sig.params() : sig.results());
            open.peek().children.add(region);
            boolean canTail = op != 0x04;
            // a tail may follow this construct if it opens its parent's body and leaves the stack as it found it
            var parentBody = bodies.peek();
            region.tailAfter = parentBody[1] == 1 && parentBody[0] == at && sig.params().length == 0
                    && sig.results().length == 0;
            open.push(region);
            bodies.push(new int[] {r.pos(), canTail ? 1 : 0});
            labels = new Region.LabelChain(at, labels);
        }

        private void other(WasmReader r, int at, int op) {
            Instructions.Kind kind = Instructions.next(r);
            switch (op) {
                case 0x06, 0x07, 0x08, 0x09, 0x0A, 0x12, 0x13, 0x15, 0x18, 0x19, 0x1F, 0xD5, 0xD6, 0xFB ->
                        open.peek().movable = false;
                default -> { }
            }
            switch (kind) {
                case OPEN, LOOP -> {
                    var region = new Region(Region.Kind.CONSTRUCT, at, open.peek(), labels);
                    region.movable = false;
                    labelTypes.put(at, null);
                    open.peek().children.add(region);
                    open.push(region);
                    bodies.push(new int[] {r.pos(), 0});
                    labels = new Region.LabelChain(at, labels);
                }
                case CLOSE -> close(r.pos(), at);
                case ARM, CATCH, CALL, RETURN, TAIL_CALL, PLAIN -> { }
            }
        }

        private void branch(int depth, int at) {
            open.peek().targets.add(labels.at(depth, at));
        }

        /** An {@code end} (or {@code delegate}) at {@code at}, {@code after} the offset just past it. */
        private void close(int after, int at) {
            if (open.isEmpty()) {
                throw new WasmFormatException("unbalanced end at offset " + at);
            }
            if (open.peek().kind == Region.Kind.TAIL) {
                finish(open.pop(), at);
            }
            Region region = open.pop();
            bodies.pop();
            finish(region, region.kind == Region.Kind.BODY ? after : after);
            if (region.kind == Region.Kind.BODY) {
                if (after != shape.end()) {
                    throw new WasmFormatException("code after the end of a function at offset " + after);
                }
                return;
            }
            labels = labels.outer();
            if (region.tailAfter && after < shape.end()) {
                Region parent = open.peek();
                var tail = new Region(Region.Kind.TAIL, after, parent, labels);
                tail.outputs = parent.outputs;
                parent.children.add(tail);
                open.push(tail);
            }
        }

        private void finish(Region region, int end) {
            region.end = end;
            postOrder.add(region);
            Region parent = region.parent;
            if (parent != null) {
                for (int t : region.targets) {
                    if (!region.holds(t)) {
                        parent.targets.add(t);
                    }
                }
                parent.used.or(region.used);
                parent.weight += region.weight;
                parent.written.or(region.written);
                parent.movable &= region.movable;
                parent.dispatches |= region.dispatches;
            }
        }
    }
}
