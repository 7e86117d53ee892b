package dev.weft.runtime.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.wasm.Sections;
import dev.weft.runtime.wasm.TypeSection;
import dev.weft.runtime.wasm.WasmReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Liveness of the "live" function of {@code split.wat} at its region boundaries, worked out by hand from the
 * source: which locals an outlined region must take in and which it must give back.
 */
class LivenessTest {
    // locals of "live": $x param 0, $a 1, $t 2, $acc 3, $i 4, $e 5
    private static final int X = 0;
    private static final int A = 1;
    private static final int T = 2;
    private static final int ACC = 3;
    private static final int I = 4;
    private static final int E = 5;

    @Test
    void regionBoundariesOfTheLiveFunction() throws IOException {
        byte[] wasm = module();
        var fn = function(wasm, 10); // "live" is the eleventh function of split.wat (no imports)
        var shape = fn.shape;
        var liveness = Liveness.of(wasm, shape);
        assertTrue(liveness.exact());
        var tree = RegionTree.build(wasm, shape, new BlockTypes(TypeSection.of(wasm,
                Sections.of(wasm).find(Sections.TYPE))));
        List<Region> constructs = new ArrayList<>();
        for (Region r : tree.postOrder()) {
            if (r.kind == Region.Kind.CONSTRUCT && r.parent == tree.body()) {
                constructs.add(r);
            }
        }
        constructs.sort((p, q) -> Integer.compare(p.start, q.start));
        assertEquals(4, constructs.size(), "top-level blocks of live");

        // block 1 writes $a on one path only: $a goes in (its old value survives the other path) and comes back
        Region first = constructs.get(0);
        BitSet in = liveness.at(first.start);
        // $i too: the loop reads its initial zero
        assertTrue(in.get(A) && in.get(X) && in.get(E) && in.get(I), "live into the first block: " + in);
        assertFalse(in.get(T) || in.get(ACC), "dead at the first block: " + in);
        assertTrue(liveness.liveOut(first).get(A));

        // block 2 writes $t before reading it: $t does not go in, and is dead after (the loop rewrites it first)
        Region second = constructs.get(1);
        BitSet in2 = liveness.at(second.start);
        assertFalse(in2.get(T), "$t is written before it is read: " + in2);
        assertFalse(in2.get(ACC), "$acc is written before it is read: " + in2);
        BitSet out2 = liveness.liveOut(second);
        assertTrue(out2.get(ACC) && out2.get(A) && out2.get(E), "live after the second block: " + out2);
        assertFalse(out2.get(T), "$t is dead after the second block: " + out2);

        // the loop's block: $acc and $i are carried round the loop, so they are live at its start
        Region loop = constructs.get(2);
        BitSet in3 = liveness.at(loop.start);
        assertTrue(in3.get(ACC) && in3.get(I) && in3.get(X), "live into the loop: " + in3);
        assertFalse(in3.get(T), "$t is rewritten before each read: " + in3);

        // the if/else block: $e is read only in the else arm but is live in; $acc is live out, $t is not
        Region last = constructs.get(3);
        BitSet in4 = liveness.at(last.start);
        assertTrue(in4.get(E) && in4.get(ACC) && in4.get(X), "live into the last block: " + in4);
        BitSet out4 = liveness.liveOut(last);
        assertTrue(out4.get(ACC) && out4.get(A) && out4.get(E), "live after the last block: " + out4);
        assertFalse(out4.get(X) || out4.get(T) || out4.get(I), "dead after the last block: " + out4);
    }

    private record Body(FunctionShape shape) {}

    private static Body function(byte[] wasm, int definedIndex) {
        var sections = Sections.of(wasm);
        var types = TypeSection.of(wasm, sections.find(Sections.TYPE));
        int[] functionTypes = sections.functionTypes();
        var code = sections.find(Sections.CODE).orElseThrow();
        var r = new WasmReader(wasm, code.from(), code.to());
        int count = r.u32();
        for (int i = 0; i < count; i++) {
            int size = r.u32();
            int from = r.pos();
            if (i == definedIndex) {
                return new Body(FunctionShape.of(wasm, from, from + size, types.funcType(functionTypes[i])));
            }
            r.skip(size);
        }
        throw new IllegalArgumentException("no function " + definedIndex);
    }

    private static byte[] module() throws IOException {
        try (InputStream in = LivenessTest.class.getResourceAsStream("/engine/split.wasm")) {
            return in.readAllBytes();
        }
    }
}
