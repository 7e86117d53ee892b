package dev.weft.bindings;

import dev.weft.value.BoolVal;
import dev.weft.value.CharVal;
import dev.weft.value.EnumVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
import dev.weft.value.ResultVal;
import dev.weft.value.S16Val;
import dev.weft.value.S32Val;
import dev.weft.value.S64Val;
import dev.weft.value.S8Val;
import dev.weft.value.StringVal;
import dev.weft.value.TupleVal;
import dev.weft.value.U16Val;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Dynamic {@link Val}s to the Java values of generated bindings (used by generated code). The bindings check the
 * component's types when they bind, so a value of the wrong shape here is a bug: it throws
 * {@link IllegalStateException} naming the expected and the actual value.
 */
public final class Lift {
    private Lift() {
    }

    public static boolean bool(Val v) {
        return as(v, BoolVal.class, "bool").value();
    }

    public static byte s8(Val v) {
        return as(v, S8Val.class, "s8").value();
    }

    public static int u8(Val v) {
        return as(v, U8Val.class, "u8").value();
    }

    public static short s16(Val v) {
        return as(v, S16Val.class, "s16").value();
    }

    public static int u16(Val v) {
        return as(v, U16Val.class, "u16").value();
    }

    public static int s32(Val v) {
        return as(v, S32Val.class, "s32").value();
    }

    public static long u32(Val v) {
        return as(v, U32Val.class, "u32").value();
    }

    public static long s64(Val v) {
        return as(v, S64Val.class, "s64").value();
    }

    public static long u64(Val v) {
        return as(v, U64Val.class, "u64").bits();
    }

    public static float f32(Val v) {
        return as(v, F32Val.class, "f32").value();
    }

    public static double f64(Val v) {
        return as(v, F64Val.class, "f64").value();
    }

    public static int chr(Val v) {
        return as(v, CharVal.class, "char").codePoint();
    }

    public static String string(Val v) {
        return as(v, StringVal.class, "string").value();
    }

    public static <T> List<T> list(Val v, Function<Val, ? extends T> element) {
        List<Val> elements = elements(v);
        List<T> out = new ArrayList<>(elements.size());
        for (Val e : elements) {
            out.add(element.apply(e));
        }
        return out;
    }

    public static List<Val> elements(Val v) {
        return as(v, ListVal.class, "list").elements();
    }

    public static byte[] bytes(Val v) {
        List<Val> elements = elements(v);
        byte[] out = new byte[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) u8(elements.get(i));
        }
        return out;
    }

    public static byte[] s8s(Val v) {
        List<Val> elements = elements(v);
        byte[] out = new byte[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s8(elements.get(i));
        }
        return out;
    }

    public static short[] s16s(Val v) {
        List<Val> elements = elements(v);
        short[] out = new short[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s16(elements.get(i));
        }
        return out;
    }

    public static int[] u16s(Val v) {
        List<Val> elements = elements(v);
        int[] out = new int[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = u16(elements.get(i));
        }
        return out;
    }

    public static int[] s32s(Val v) {
        List<Val> elements = elements(v);
        int[] out = new int[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s32(elements.get(i));
        }
        return out;
    }

    public static long[] u32s(Val v) {
        List<Val> elements = elements(v);
        long[] out = new long[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = u32(elements.get(i));
        }
        return out;
    }

    public static long[] s64s(Val v) {
        List<Val> elements = elements(v);
        long[] out = new long[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s64(elements.get(i));
        }
        return out;
    }

    public static long[] u64s(Val v) {
        List<Val> elements = elements(v);
        long[] out = new long[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = u64(elements.get(i));
        }
        return out;
    }

    public static float[] f32s(Val v) {
        List<Val> elements = elements(v);
        float[] out = new float[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f32(elements.get(i));
        }
        return out;
    }

    public static double[] f64s(Val v) {
        List<Val> elements = elements(v);
        double[] out = new double[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f64(elements.get(i));
        }
        return out;
    }

    public static boolean[] bools(Val v) {
        List<Val> elements = elements(v);
        boolean[] out = new boolean[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bool(elements.get(i));
        }
        return out;
    }

    public static <T> Optional<T> option(Val v, Function<Val, ? extends T> some) {
        return as(v, OptionVal.class, "option").value().map(some);
    }

    /** A {@code result}; a side without a type passes {@code null} for its function (and lifts to null). */
    public static <T, E> Result<T, E> result(Val v, Function<Val, ? extends T> ok, Function<Val, ? extends E> err) {
        ResultVal r = as(v, ResultVal.class, "result");
        if (r.isOk()) {
            return Result.ok(ok == null ? null : ok.apply(r.payload().orElseThrow()));
        }
        return Result.err(err == null ? null : err.apply(r.payload().orElseThrow()));
    }

    /** The fields of a record, in declaration order. */
    public static List<RecordVal.Field> fields(Val v) {
        return as(v, RecordVal.class, "record").fields();
    }

    public static List<Val> tuple(Val v) {
        return as(v, TupleVal.class, "tuple").elements();
    }

    /** A tuple built by {@code build} from its elements. */
    public static <T> T tuple(Val v, Function<List<Val>, T> build) {
        return build.apply(tuple(v));
    }

    public static VariantVal variant(Val v) {
        return as(v, VariantVal.class, "variant");
    }

    public static String enumCase(Val v) {
        return as(v, EnumVal.class, "enum").caseName();
    }

    public static List<String> flags(Val v) {
        return as(v, FlagsVal.class, "flags").set();
    }

    /** Thrown by generated code for a case name that the bindings do not know. */
    public static IllegalStateException unknownCase(String type, String name) {
        return new IllegalStateException(type + " has no case `" + name + "`");
    }

    private static <T extends Val> T as(Val v, Class<T> type, String wit) {
        if (type.isInstance(v)) {
            return type.cast(v);
        }
        throw new IllegalStateException("expected a " + wit + " value, got " + v);
    }
}
