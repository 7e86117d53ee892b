package dev.weft.runtime.split;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A node of a function body's region tree: the whole body, one structured construct ({@code block}, {@code loop},
 * {@code if}, from its opcode to after its {@code end}), or the tail of a {@code block}/{@code loop}/body that
 * starts with an empty-typed construct (everything after that construct's {@code end} up to the enclosing
 * {@code end}, where the operand stack is known to be empty). Labels are identified by the byte offset of their
 * construct's opcode; the function's own label is {@link #FUNCTION_LABEL}.
 */
final class Region {
    static final int FUNCTION_LABEL = -1;

    enum Kind { BODY, CONSTRUCT, TAIL }

    final Kind kind;
    final int start;
    int end;
    final Region parent;
    /** The labels enclosing the region's first instruction (for a construct: not its own). */
    final LabelChain enclosing;
    /** Values the region takes from the stack (block params, and an {@code if}'s condition last). */
    int[] inputs = new int[0];
    /** Values the region leaves on the stack when it falls through. */
    int[] outputs = new int[0];
    final List<Region> children = new ArrayList<>();
    /** Labels outside the region that it branches to ({@link #FUNCTION_LABEL} for {@code return}), first use first. */
    final Set<Integer> targets = new LinkedHashSet<>();
    final BitSet used = new BitSet();
    final BitSet written = new BitSet();
    /** False when it holds an instruction the splitter cannot move (exceptions, tail calls, typed-ref branches). */
    boolean movable = true;
    /**
     * Whether it holds a {@code br_table} with at least {@link #DISPATCH_TARGETS} targets (a lowered {@code switch}
     * such as an interpreter's opcode dispatch), itself or in a region inside it.
     */
    boolean dispatches;
    static final int DISPATCH_TARGETS = 64;
    /** Estimated JVM bytecode bytes of its instructions ({@link BytecodeCost}), the regions inside it included. */
    long weight;
    /** Estimated bytecode bytes once the selected regions inside it are outlined. */
    long effective;
    /** Locals passed in and given back when outlined (set by the selector). */
    int passedIn = -1;
    int givenBack;
    boolean selected;
    /** For a construct: whether the rest of its parent's body after it forms a tail region. */
    boolean tailAfter;

    Region(Kind kind, int start, Region parent, LabelChain enclosing) {
        this.kind = kind;
        this.start = start;
        this.parent = parent;
        this.enclosing = enclosing;
    }

    int size() {
        return end - start;
    }

    /** Whether {@code label} (a construct offset) is opened inside this region, so branches to it stay inside. */
    boolean holds(int label) {
        return label >= start && label < end;
    }

    private List<Integer> exits;

    /** Labels this region branches out to (once the region is complete). */
    List<Integer> exits() {
        if (exits == null) {
            exits = targets.stream().filter(t -> !holds(t)).toList();
        }
        return exits;
    }

    @Override
    public String toString() {
        return kind + "[" + start + ".." + end + ")";
    }

    /** An immutable stack of label offsets, innermost first. */
    record LabelChain(int label, LabelChain outer) {
        int at(int depth, int offset) {
            LabelChain c = this;
            for (int i = 0; i < depth; i++) {
                c = c.outer;
                if (c == null) {
                    throw new dev.weft.runtime.wasm.WasmFormatException("branch depth " + depth
                            + " past the function's labels at offset " + offset);
                }
            }
            return c.label;
        }
    }
}
