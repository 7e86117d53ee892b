package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

/** A {@link FlatSource} over a {@code long[]} of core values. */
public final class FlatReader implements FlatSource {
    private final long[] values;
    private int position;

    public FlatReader(long[] values) {
        this.values = values;
    }

    @Override
    public long next(FlatType type) throws Trap {
        if (position >= values.length) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "expected another " + type.coreName() + " core value, but only " + values.length
                    + " were passed");
        }
        return values[position++];
    }

    public boolean done() {
        return position == values.length;
    }

    public int position() {
        return position;
    }
}
