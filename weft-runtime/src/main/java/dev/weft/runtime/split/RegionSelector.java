package dev.weft.runtime.split;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Chooses which regions of a body to outline so that the body, and each outlined function, is at most
 * {@code limit} estimated JVM bytecode bytes ({@link BytecodeCost}) where that can be had: bottom-up, each region
 * whose size (with the regions already chosen inside it replaced by calls) is over the limit outlines movable
 * children, tails first and then the largest, until it fits.
 */
final class RegionSelector {
    private final long limit;
    private final long dispatchLimit;
    private final int[] localTypes;
    private final Map<Integer, int[]> labelTypes;
    private final Liveness liveness;

    RegionSelector(long limit, long dispatchLimit, int[] localTypes, Map<Integer, int[]> labelTypes,
                   Liveness liveness) {
        this.limit = limit;
        this.dispatchLimit = Math.max(limit, dispatchLimit);
        this.localTypes = localTypes;
        this.labelTypes = labelTypes;
        this.liveness = liveness;
    }

    /**
     * Marks the chosen regions {@link Region#selected}; returns how many. A first pass outlines only tails: in a
     * lowered switch each case is the tail of a block, so this moves cases out one by one and keeps the chain of
     * blocks and its dispatch in one function. Only where that is not enough does a second pass outline whole
     * constructs, largest first (outlining the chain itself would make every dispatch cross one call per level).
     */
    int select(List<Region> postOrder) {
        return pass(postOrder, true) + pass(postOrder, false);
    }

    private int pass(List<Region> postOrder, boolean tailsOnly) {
        int chosen = 0;
        for (Region region : postOrder) {
            long effective = region.weight;
            for (Region child : region.children) {
                effective -= child.weight - (child.selected ? stubCost(child) : child.effective);
            }
            region.effective = effective;
            if (fits(region, tailsOnly)) {
                continue;
            }
            var candidates = new ArrayList<Region>();
            for (Region child : region.children) {
                if (!child.selected && (!tailsOnly || child.kind == Region.Kind.TAIL)
                        && child.effective > stubCost(child) && canMove(child)) {
                    candidates.add(child);
                }
            }
            candidates.sort(Comparator.comparingLong((Region c) -> c.effective - stubCost(c)).reversed());
            for (Region child : candidates) {
                if (fits(region, tailsOnly)) {
                    break;
                }
                child.selected = true;
                chosen++;
                region.effective -= child.effective - stubCost(child);
            }
        }
        return chosen;
    }

    /**
     * Whether the region's own method (its code, plus the zeroing of its locals) is within the limit. A region that
     * holds a switch's dispatch ({@link Region#dispatches}), when the dispatch limit is over the limit, has its
     * cases moved out down to a third of the limit in the first pass and may then keep up to the dispatch limit in
     * the second: the dispatch, its chain of blocks and the calls to the cases stay in one method, so that running
     * one case costs one call, not one per piece of the chain the dispatch was cut into.
     */
    private boolean fits(Region region, boolean tailsOnly) {
        long bound = !region.dispatches || dispatchLimit == limit ? limit
                : tailsOnly ? limit / 3 : dispatchLimit;
        return region.effective + 3L * region.used.cardinality() <= bound;
    }

    /** Rough bytecode size of the call that replaces {@code region}. */
    long stubCost(Region region) {
        if (region.passedIn < 0) {
            BitSet in = liveness.at(region.start);
            in.and(region.used);
            BitSet out = liveness.liveOut(region);
            out.and(region.written);
            region.passedIn = in.cardinality();
            region.givenBack = out.cardinality();
        }
        int exits = region.exits().size();
        long carried = 0;
        for (int exit : region.exits()) {
            int[] types = labelTypes.get(exit);
            carried += types == null ? 0 : types.length;
        }
        long dispatch = exits == 0 ? 1 : carried == 0 ? (exits == 1 ? 5 : 16L + 4L * exits)
                : 20L + 7L * exits + 8L * carried;
        return 8L + 2L * region.passedIn + 7L * region.givenBack + dispatch + 8L * region.outputs.length;
    }

    boolean canMove(Region region) {
        if (region.kind == Region.Kind.BODY || !region.movable) {
            return false;
        }
        if (!ValTypes.allSupported(region.inputs) || !ValTypes.allSupported(region.outputs)) {
            return false;
        }
        for (int local = region.used.nextSetBit(0); local >= 0; local = region.used.nextSetBit(local + 1)) {
            if (localTypes[local] == ValTypes.UNSUPPORTED) {
                return false;
            }
        }
        for (int exit : region.exits()) {
            int[] types = labelTypes.get(exit);
            if (types == null || !ValTypes.allSupported(types)) {
                return false;
            }
        }
        return true;
    }
}
