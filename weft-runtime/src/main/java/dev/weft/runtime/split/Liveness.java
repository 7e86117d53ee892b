package dev.weft.runtime.split;

import dev.weft.runtime.wasm.Instructions;
import dev.weft.runtime.wasm.WasmReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which locals of one function body are live (may be read before they are next written) at its control points:
 * every {@code block}/{@code loop}/{@code if}/{@code else}/{@code end} opcode and the offset just past every
 * {@code end}, which is where regions start and end. A backward data-flow over the body's control-flow graph.
 * A body with exception handling or typed-reference branches is not analysed: every local counts as live
 * everywhere there ({@link #exact()} is false), which is always safe.
 */
final class Liveness {
    private final int localCount;
    private final Map<Integer, BitSet> liveAt;
    private final Map<Integer, Integer> continuation;
    private final boolean exact;

    private Liveness(int localCount, Map<Integer, BitSet> liveAt, Map<Integer, Integer> continuation,
                     boolean exact) {
        this.localCount = localCount;
        this.liveAt = liveAt;
        this.continuation = continuation;
        this.exact = exact;
    }

    /** The analysis of the body described by {@code shape}. */
    static Liveness of(byte[] wasm, FunctionShape shape) {
        var graph = new Graph(wasm, shape);
        if (!graph.build()) {
            return new Liveness(shape.locals().length, Map.of(), Map.of(), false);
        }
        graph.solve();
        return new Liveness(shape.locals().length, graph.pointsLive(), graph.continuation, true);
    }

    boolean exact() {
        return exact;
    }

    /** The locals live at control point {@code offset} (all of them when unknown). */
    BitSet at(int offset) {
        BitSet live = exact ? liveAt.get(offset) : null;
        if (live == null) {
            var all = new BitSet(localCount);
            all.set(0, localCount);
            return all;
        }
        return (BitSet) live.clone();
    }

    /** The locals live where a branch to {@code label} (a construct's offset) continues. */
    BitSet afterBranchTo(int label) {
        if (label == Region.FUNCTION_LABEL) {
            return new BitSet();
        }
        Integer to = continuation.get(label);
        return to == null ? at(-1) : at(to);
    }

    /** The locals live where {@code region} hands control back: its end and every label it branches out to. */
    BitSet liveOut(Region region) {
        BitSet out = at(region.end);
        for (int exit : region.exits()) {
            out.or(afterBranchTo(exit));
        }
        return out;
    }

    /** A control-flow graph whose nodes are straight runs of instructions. */
    private static final class Graph {
        private final byte[] wasm;
        private final FunctionShape shape;
        private final List<Node> nodes = new ArrayList<>();
        private final Map<Integer, Node> points = new HashMap<>();
        final Map<Integer, Integer> continuation = new HashMap<>();
        private final Node exit;

        Graph(byte[] wasm, FunctionShape shape) {
            this.wasm = wasm;
            this.shape = shape;
            this.exit = node(-1);
        }

        private Node node(int start) {
            var n = new Node(nodes.size());
            nodes.add(n);
            if (start >= 0) {
                points.putIfAbsent(start, n);
            }
            return n;
        }

        /** A new node starting at {@code at} that {@code from} falls into. */
        private Node fall(Node from, int at) {
            Node n = node(at);
            from.to(n);
            return n;
        }

        /** False when the body holds control flow this analysis does not follow. */
        boolean build() {
            var frames = new ArrayDeque<Frame>();
            frames.push(new Frame(Region.FUNCTION_LABEL, false, null, exit));
            Node cur = node(shape.codeStart());
            var r = new WasmReader(wasm, shape.codeStart(), shape.end());
            while (!r.atEnd()) {
                int at = r.pos();
                int op = r.peek();
                switch (op) {
                    case 0x02, 0x03, 0x04 -> {
                        r.u8();
                        r.skipBlockType();
                        Node entry = fall(cur, at);
                        var frame = new Frame(at, op == 0x03, entry, node(-1));
                        if (op == 0x04) {
                            frame.condition = entry;
                        }
                        frames.push(frame);
                        cur = op == 0x04 ? fall(entry, r.pos()) : entry;
                    }
                    case 0x05 -> {
                        r.u8();
                        Frame f = frames.peek();
                        if (f == null || f.condition == null) {
                            return false;
                        }
                        fall(cur, at).to(f.after);
                        cur = node(r.pos());
                        f.condition.to(cur);
                        f.hadElse = true;
                    }
                    case 0x0B -> {
                        r.u8();
                        Frame f = frames.pop();
                        Node last = fall(cur, at);
                        last.to(f.after);
                        if (f.condition != null && !f.hadElse) {
                            f.condition.to(f.after);
                        }
                        if (f.label != Region.FUNCTION_LABEL) {
                            points.putIfAbsent(r.pos(), f.after);
                            continuation.put(f.label, f.loop ? f.label : r.pos());
                        }
                        cur = f.after;
                    }
                    case 0x0C -> {
                        r.u8();
                        cur.to(target(frames, r.u32()));
                        cur = node(r.pos());
                    }
                    case 0x0D -> {
                        r.u8();
                        cur.to(target(frames, r.u32()));
                        cur = fall(cur, r.pos());
                    }
                    case 0x0E -> {
                        r.u8();
                        int n = r.u32();
                        for (int i = 0; i <= n; i++) {
                            cur.to(target(frames, r.u32()));
                        }
                        cur = node(r.pos());
                    }
                    case 0x00, 0x0F -> {
                        r.u8();
                        cur = node(r.pos());
                    }
                    case 0x20, 0x21, 0x22 -> {
                        r.u8();
                        int local = r.u32();
                        if (op == 0x20) {
                            if (!cur.kill.get(local)) {
                                cur.gen.set(local);
                            }
                        } else {
                            cur.kill.set(local);
                        }
                    }
                    // exception handling, typed-reference branches: not followed
                    case 0x06, 0x07, 0x08, 0x09, 0x0A, 0x18, 0x19, 0x1F, 0xD5, 0xD6 -> {
                        return false;
                    }
                    case 0xFB -> {
                        int sub = new WasmReader(wasm, at + 1, shape.end()).u32();
                        if (sub == 0x18 || sub == 0x19) {
                            return false;
                        }
                        Instructions.next(r);
                    }
                    default -> {
                        if (Instructions.next(r) == Instructions.Kind.TAIL_CALL) {
                            cur = node(r.pos());
                        }
                    }
                }
            }
            return frames.isEmpty();
        }

        private static Node target(ArrayDeque<Frame> frames, int depth) {
            var it = frames.iterator();
            Frame f = null;
            for (int i = 0; i <= depth && it.hasNext(); i++) {
                f = it.next();
            }
            if (f == null) {
                throw new dev.weft.runtime.wasm.WasmFormatException("branch depth " + depth + " past the labels");
            }
            return f.loop ? f.entry : f.after;
        }

        /** Live-in of every node, to a fixed point (nodes are visited last first, the order of the code). */
        void solve() {
            boolean changed = true;
            var out = new BitSet();
            while (changed) {
                changed = false;
                for (int i = nodes.size() - 1; i >= 0; i--) {
                    Node n = nodes.get(i);
                    out.clear();
                    for (int k = 0; k < n.succCount; k++) {
                        out.or(nodes.get(n.succ[k]).in);
                    }
                    out.andNot(n.kill);
                    out.or(n.gen);
                    if (!out.equals(n.in)) {
                        n.in = (BitSet) out.clone();
                        changed = true;
                    }
                }
            }
        }

        Map<Integer, BitSet> pointsLive() {
            var map = new HashMap<Integer, BitSet>(points.size() * 2);
            points.forEach((offset, n) -> map.put(offset, n.in));
            return map;
        }
    }

    private static final class Node {
        final int id;
        final BitSet gen = new BitSet();
        final BitSet kill = new BitSet();
        BitSet in = new BitSet();
        int[] succ = new int[2];
        int succCount;

        Node(int id) {
            this.id = id;
        }

        void to(Node n) {
            if (succCount == succ.length) {
                succ = java.util.Arrays.copyOf(succ, succCount * 2);
            }
            succ[succCount++] = n.id;
        }
    }

    /** An open construct: its label, whether it is a loop, its first node, the node after its end. */
    private static final class Frame {
        final int label;
        final boolean loop;
        final Node entry;
        final Node after;
        Node condition;
        boolean hadElse;

        Frame(int label, boolean loop, Node entry, Node after) {
            this.label = label;
            this.loop = loop;
            this.entry = entry;
            this.after = after;
        }
    }
}
