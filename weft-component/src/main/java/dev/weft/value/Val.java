package dev.weft.value;

import java.util.List;
import java.util.Optional;

/**
 * A dynamically typed component-model value: one record per value-type case. Values carry no type; pair a value
 * with its {@link dev.weft.component.types.ValueType} to check, lower, print or parse it.
 */
public sealed interface Val
        permits BoolVal, S8Val, U8Val, S16Val, U16Val, S32Val, U32Val, S64Val, U64Val, F32Val, F64Val, CharVal,
        StringVal, ListVal, FixedListVal, RecordVal, TupleVal, VariantVal, EnumVal, OptionVal, ResultVal, FlagsVal,
        MapVal, ResourceVal, AsyncVal {

    static Val bool(boolean value) {
        return new BoolVal(value);
    }

    static Val s32(int value) {
        return new S32Val(value);
    }

    static Val u32(long value) {
        return new U32Val(value);
    }

    static Val s64(long value) {
        return new S64Val(value);
    }

    static Val string(String value) {
        return new StringVal(value);
    }

    static Val list(List<Val> elements) {
        return new ListVal(elements);
    }

    static Val some(Val value) {
        return new OptionVal(Optional.of(value));
    }

    static Val none() {
        return new OptionVal(Optional.empty());
    }

    static Val ok(Val value) {
        return new ResultVal(true, Optional.ofNullable(value));
    }

    static Val err(Val value) {
        return new ResultVal(false, Optional.ofNullable(value));
    }
}
