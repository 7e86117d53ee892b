package dev.weft.runtime.abi;

import java.util.List;

/**
 * The memory layout and flattening of one value type (CanonicalABI.md "Alignment", "Element Size",
 * "Flattening"), computed once per type by {@link TypeLayouts}. Records and tuples also carry field offsets;
 * variant-like types (variant, enum, option, result) carry the discriminant size and payload offset.
 */
public sealed interface TypeLayout permits TypeLayout.Plain, TypeLayout.Fields, TypeLayout.Cases {
    /** {@code elem_size}. */
    int size();

    /** {@code alignment}. */
    int alignment();

    /** {@code flatten_type}. */
    List<FlatType> flat();

    /** Every type without per-member offsets. */
    record Plain(int size, int alignment, List<FlatType> flat) implements TypeLayout {
        public Plain {
            flat = List.copyOf(flat);
        }
    }

    /** A record or tuple: {@code offsets[i]} is the byte offset of field {@code i}. */
    record Fields(int size, int alignment, List<FlatType> flat, int[] offsets) implements TypeLayout {
        public Fields {
            flat = List.copyOf(flat);
            offsets = offsets.clone();
        }

        public int offset(int field) {
            return offsets[field];
        }
    }

    /**
     * A variant, enum, option or result: the discriminant is {@code discriminantSize} bytes at offset 0, the
     * payload starts at {@code payloadOffset}; {@code flat} is the discriminant's i32 followed by the joined
     * payload types.
     */
    record Cases(int size, int alignment, List<FlatType> flat, int caseCount, int discriminantSize,
                 int payloadOffset) implements TypeLayout {
        public Cases {
            flat = List.copyOf(flat);
        }
    }
}
