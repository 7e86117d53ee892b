package dev.weft.bindings;

import dev.weft.value.BoolVal;
import dev.weft.value.CharVal;
import dev.weft.value.EnumVal;
import dev.weft.value.FlagsVal;
import dev.weft.value.RecordVal;
import dev.weft.value.TupleVal;
import dev.weft.value.VariantVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.ListVal;
import dev.weft.value.OptionVal;
import dev.weft.value.ResultVal;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Java values of generated bindings to dynamic {@link Val}s (used by generated code). Unsigned numbers are
 * range-checked ({@link Unsigned}); {@code null} is refused with a message.
 */
public final class Lower {
    private Lower() {
    }

    public static Val bool(boolean v) {
        return new BoolVal(v);
    }

    public static Val s8(byte v) {
        return new S8Val(v);
    }

    public static Val u8(int v) {
        return new U8Val(Unsigned.checkU8(v));
    }

    public static Val s16(short v) {
        return new S16Val(v);
    }

    public static Val u16(int v) {
        return new U16Val(Unsigned.checkU16(v));
    }

    public static Val s32(int v) {
        return new S32Val(v);
    }

    public static Val u32(long v) {
        return new U32Val(Unsigned.checkU32(v));
    }

    public static Val s64(long v) {
        return new S64Val(v);
    }

    public static Val u64(long bits) {
        return new U64Val(bits);
    }

    public static Val f32(float v) {
        return new F32Val(v);
    }

    public static Val f64(double v) {
        return new F64Val(v);
    }

    /** A {@code char} from a Unicode scalar value (a surrogate or a value past 0x10FFFF is refused). */
    public static Val chr(int codePoint) {
        return new CharVal(codePoint);
    }

    public static Val string(String v) {
        return new StringVal(Objects.requireNonNull(v, "string value"));
    }

    public static <T> Val list(List<T> values, Function<? super T, Val> element) {
        List<Val> out = new ArrayList<>(values.size());
        for (T v : values) {
            out.add(element.apply(v));
        }
        return new ListVal(out);
    }

    /** {@code list<u8>}: each byte is read as unsigned (byte {@code -1} is 255). */
    public static Val bytes(byte[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (byte b : values) {
            out.add(new U8Val(b & 0xFF));
        }
        return new ListVal(out);
    }

    public static Val s8s(byte[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (byte b : values) {
            out.add(new S8Val(b));
        }
        return new ListVal(out);
    }

    public static Val s16s(short[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (short v : values) {
            out.add(new S16Val(v));
        }
        return new ListVal(out);
    }

    public static Val u16s(int[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(u16(v));
        }
        return new ListVal(out);
    }

    public static Val s32s(int[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(new S32Val(v));
        }
        return new ListVal(out);
    }

    public static Val u32s(long[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(u32(v));
        }
        return new ListVal(out);
    }

    public static Val s64s(long[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(new S64Val(v));
        }
        return new ListVal(out);
    }

    public static Val u64s(long[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(new U64Val(v));
        }
        return new ListVal(out);
    }

    public static Val f32s(float[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (float v : values) {
            out.add(new F32Val(v));
        }
        return new ListVal(out);
    }

    public static Val f64s(double[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(new F64Val(v));
        }
        return new ListVal(out);
    }

    public static Val bools(boolean[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (boolean v : values) {
            out.add(new BoolVal(v));
        }
        return new ListVal(out);
    }

    public static <T> Val option(Optional<T> value, Function<? super T, Val> some) {
        return new OptionVal(Objects.requireNonNull(value, "option value").map(some));
    }

    /** A {@code result}; a side without a type passes {@code null} for its function. */
    public static <T, E> Val result(Result<T, E> value, Function<? super T, Val> ok, Function<? super E, Val> err) {
        return switch (Objects.requireNonNull(value, "result value")) {
            case Result.Ok<T, E>(T v) -> new ResultVal(true, ok == null ? Optional.empty() : Optional.of(ok.apply(v)));
            case Result.Err<T, E>(E e) -> new ResultVal(false,
                    err == null ? Optional.empty() : Optional.of(err.apply(e)));
        };
    }

    public static Val tuple(Val... elements) {
        return new TupleVal(List.of(elements));
    }

    public static Val record(RecordVal.Field... fields) {
        return new RecordVal(List.of(fields));
    }

    public static RecordVal.Field field(String name, Val value) {
        return new RecordVal.Field(name, value);
    }

    public static Val variant(String caseName) {
        return new VariantVal(caseName, Optional.empty());
    }

    public static Val variant(String caseName, Val payload) {
        return new VariantVal(caseName, Optional.of(payload));
    }

    public static Val enumCase(String caseName) {
        return new EnumVal(caseName);
    }

    /** Flags from the names that are set, in declaration order. */
    public static Val flags(List<String> set) {
        return new FlagsVal(set);
    }
}
