package dev.weft.runtime.abi;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.Val;

/**
 * A variant, enum, option or result: per case the payload's codec (null when the case has none) and flat types,
 * with the layout's discriminant size, payload offset and joined flat types.
 */
record CasesCodec(ValueType type, TypeLayout.Cases layout, ValueCodec[] payloads, FlatType[][] payloadFlat)
        implements ValueCodec {
    @Override
    public Val liftFlat(LiftLowerContext cx, FlatSource src) throws Trap {
        int index = checkedIndex(Integer.toUnsignedLong((int) src.next(FlatType.I32)));
        if (payloads[index] == null && layout.flat().size() == 1) {
            return VariantCases.make(type, index, null); // no payload, and no payload slots to skip
        }
        FlatLifter.CoercingSource payloadSource = new FlatLifter.CoercingSource(src, layout.flat());
        ValueCodec payload = payloads[index];
        Val value = payload == null ? null : payload.liftFlat(cx, payloadSource);
        payloadSource.skipRest();
        return VariantCases.make(type, index, value);
    }

    @Override
    public void lowerFlat(LiftLowerContext cx, Val v, FlatWriter out) throws Trap {
        int index = VariantCases.caseIndex(type, v);
        Val payload = VariantCases.payload(type, index, v);
        out.addI32(index);
        int start = out.size();
        ValueCodec codec = payloads[index];
        if (codec != null) {
            codec.lowerFlat(cx, payload, out);
            FlatType[] have = payloadFlat[index];
            for (int i = 0; i < have.length; i++) {
                FlatType want = layout.flat().get(1 + i);
                long x = out.get(start + i);
                if (want == FlatType.I64 && (have[i] == FlatType.I32 || have[i] == FlatType.F32)) {
                    out.set(start + i, x & 0xFFFF_FFFFL); // an i32 (or f32's bits) zero-extended into an i64
                } else if (want == FlatType.I32 && have[i] == FlatType.F32) {
                    out.set(start + i, (int) x); // f32 bits carried as an i32
                }
            }
        }
        for (int i = out.size() - start; i < layout.flat().size() - 1; i++) {
            out.add(0);
        }
    }

    @Override
    public Val load(LiftLowerContext cx, GuestMemory m, long ptr) throws Trap {
        long raw = switch (layout.discriminantSize()) {
            case 1 -> m.readI8(ptr) & 0xFFL;
            case 2 -> m.readI16(ptr) & 0xFFFFL;
            default -> Integer.toUnsignedLong(m.readI32(ptr));
        };
        int index = checkedIndex(raw);
        ValueCodec payload = payloads[index];
        Val value = payload == null ? null : payload.load(cx, m, ptr + layout.payloadOffset());
        return VariantCases.make(type, index, value);
    }

    @Override
    public void store(LiftLowerContext cx, GuestMemory m, Val v, long ptr) throws Trap {
        int index = VariantCases.caseIndex(type, v);
        Val payload = VariantCases.payload(type, index, v);
        switch (layout.discriminantSize()) {
            case 1 -> m.writeI8(ptr, (byte) index);
            case 2 -> m.writeI16(ptr, (short) index);
            default -> m.writeI32(ptr, index);
        }
        ValueCodec codec = payloads[index];
        if (codec != null) {
            codec.store(cx, m, payload, ptr + layout.payloadOffset());
        }
    }

    private int checkedIndex(long index) throws Trap {
        if (index >= layout.caseCount()) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "discriminant " + index + " is out of range for " + TypeNames.of(type) + " with "
                    + layout.caseCount() + " cases");
        }
        return (int) index;
    }
}
