package dev.weft.runtime.abi;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.BoolVal;
import dev.weft.value.CharVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.FixedListVal;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
import dev.weft.value.MapVal;
import dev.weft.value.ResourceHandle;
import dev.weft.value.ResourceVal;
import dev.weft.value.S16Val;
import dev.weft.value.S32Val;
import dev.weft.value.S64Val;
import dev.weft.value.S8Val;
import dev.weft.value.StringVal;
import dev.weft.value.U16Val;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;

import java.util.List;

/**
 * Unpacks a {@link Val} that is being lowered, trapping (never throwing a Java exception) when the value does
 * not have the shape of its type.
 */
final class ValueExpect {
    private ValueExpect() {
    }

    static Trap mismatch(ValueType t, Val v) {
        String got = v == null ? "null" : v.getClass().getSimpleName();
        return new Trap(TrapKind.HOST_FUNCTION, "value " + got + " does not match type " + TypeNames.of(t));
    }

    static boolean bool(ValueType t, Val v) throws Trap {
        if (v instanceof BoolVal b) {
            return b.value();
        }
        throw mismatch(t, v);
    }

    static byte s8(ValueType t, Val v) throws Trap {
        if (v instanceof S8Val x) {
            return x.value();
        }
        throw mismatch(t, v);
    }

    static int u8(ValueType t, Val v) throws Trap {
        if (v instanceof U8Val x) {
            return x.value();
        }
        throw mismatch(t, v);
    }

    static short s16(ValueType t, Val v) throws Trap {
        if (v instanceof S16Val x) {
            return x.value();
        }
        throw mismatch(t, v);
    }

    static int u16(ValueType t, Val v) throws Trap {
        if (v instanceof U16Val x) {
            return x.value();
        }
        throw mismatch(t, v);
    }

    static int s32(ValueType t, Val v) throws Trap {
        if (v instanceof S32Val x) {
            return x.value();
        }
        throw mismatch(t, v);
    }

    /** A u32 as its i32 bit pattern. */
    static int u32(ValueType t, Val v) throws Trap {
        if (v instanceof U32Val x) {
            return (int) x.value();
        }
        throw mismatch(t, v);
    }

    static long s64(ValueType t, Val v) throws Trap {
        if (v instanceof S64Val x) {
            return x.value();
        }
        throw mismatch(t, v);
    }

    static long u64(ValueType t, Val v) throws Trap {
        if (v instanceof U64Val x) {
            return x.bits();
        }
        throw mismatch(t, v);
    }

    static float f32(ValueType t, Val v) throws Trap {
        if (v instanceof F32Val x) {
            return x.value();
        }
        throw mismatch(t, v);
    }

    static double f64(ValueType t, Val v) throws Trap {
        if (v instanceof F64Val x) {
            return x.value();
        }
        throw mismatch(t, v);
    }

    static int character(ValueType t, Val v) throws Trap {
        if (v instanceof CharVal x) {
            return x.codePoint();
        }
        throw mismatch(t, v);
    }

    static StringVal string(ValueType t, Val v) throws Trap {
        if (v instanceof StringVal x) {
            return x;
        }
        throw mismatch(t, v);
    }

    static List<Val> list(ValueType t, Val v) throws Trap {
        if (v instanceof ListVal x) {
            return x.elements();
        }
        throw mismatch(t, v);
    }

    static List<MapVal.Entry> map(ValueType t, Val v) throws Trap {
        if (v instanceof MapVal x) {
            return x.entries();
        }
        throw mismatch(t, v);
    }

    static List<Val> fixedList(ValueType t, Val v, int length) throws Trap {
        if (v instanceof FixedListVal x) {
            if (x.elements().size() != length) {
                throw new Trap(TrapKind.HOST_FUNCTION,
                        "fixed-length list value has " + x.elements().size() + " elements, type "
                        + TypeNames.of(t)
                        + " needs " + length);
            }
            return x.elements();
        }
        throw mismatch(t, v);
    }

    static FlagsVal flags(ValueType t, Val v) throws Trap {
        if (v instanceof FlagsVal x) {
            return x;
        }
        throw mismatch(t, v);
    }

    /** The handle of a value for {@code borrow<R>}: an owned or a borrowed resource value. */
    static ResourceHandle borrowed(ValueType t, Val v) throws Trap {
        if (v instanceof ResourceVal x) {
            return x.handle();
        }
        throw mismatch(t, v);
    }

    /** The handle of a value for {@code own<R>}: only an owned resource value can be given away. */
    static ResourceHandle owned(ValueType t, Val v) throws Trap {
        if (v instanceof ResourceVal x) {
            if (!x.owned()) {
                throw new Trap(TrapKind.HOST_FUNCTION,
                        "a borrowed resource value was passed where " + TypeNames.of(t) + " (owned) is needed");
            }
            return x.handle();
        }
        throw mismatch(t, v);
    }
}
