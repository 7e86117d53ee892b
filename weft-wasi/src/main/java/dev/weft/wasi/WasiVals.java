package dev.weft.wasi;

import dev.weft.value.BoolVal;
import dev.weft.value.ByteList;
import dev.weft.value.ListVal;
import dev.weft.value.RecordVal;
import dev.weft.value.ResultVal;
import dev.weft.value.OptionVal;
import dev.weft.value.TupleVal;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.error.Trap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds and reads the {@link Val}s that WASI signatures use (results, byte lists, records, numbers). */
public final class WasiVals {
    private WasiVals() {
    }

    public static final List<Val> NONE = List.of();
    /** Shared payload-less values (values are immutable), so that the commonest results allocate nothing. */
    private static final Val OK = new ResultVal(true, Optional.empty());
    private static final Val NONE_OPTION = new OptionVal(Optional.empty());

    public static List<Val> one(Val v) {
        return List.of(v);
    }

    public static Val ok(Val v) {
        return new ResultVal(true, Optional.of(v));
    }

    public static Val ok() {
        return OK;
    }

    public static Val err(Val v) {
        return new ResultVal(false, Optional.of(v));
    }

    public static Val some(Val v) {
        return new OptionVal(Optional.of(v));
    }

    public static Val none() {
        return NONE_OPTION;
    }

    public static Val u64(long v) {
        return new U64Val(v);
    }

    public static Val u32(long v) {
        return new U32Val(v);
    }

    public static Val bool(boolean v) {
        return new BoolVal(v);
    }

    public static Val tuple(Val... vs) {
        return new TupleVal(List.of(vs));
    }

    public static Val record(RecordVal.Field... fields) {
        return new RecordVal(List.of(fields));
    }

    /** A record field, for {@link #record}. */
    public static RecordVal.Field field(String name, Val value) {
        return new RecordVal.Field(name, value);
    }

    public static Val bytes(byte[] data, int length) {
        return new ListVal(ByteList.copyOf(data, 0, length));
    }

    public static Val bytes(byte[] data) {
        return bytes(data, data.length);
    }

    public static byte[] toBytes(Val v) throws Trap {
        if (!(v instanceof ListVal list)) {
            throw new Trap("expected list<u8>, got " + v);
        }
        if (list.elements() instanceof ByteList bytes) {
            return bytes.toByteArray();
        }
        byte[] out = new byte[list.elements().size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.elements().get(i) instanceof U8Val b)) {
                throw new Trap("expected u8 in list<u8>, got " + list.elements().get(i));
            }
            out[i] = (byte) b.value();
        }
        return out;
    }

    public static long toLong(Val v) throws Trap {
        return switch (v) {
            case U64Val u -> u.bits();
            case U32Val u -> u.value();
            case U8Val u -> u.value();
            case dev.weft.value.S64Val s -> s.value();
            default -> throw new Trap("expected an integer, got " + v);
        };
    }

    public static String toStr(Val v) throws Trap {
        if (v instanceof dev.weft.value.StringVal s) {
            return s.value();
        }
        throw new Trap("expected a string, got " + v);
    }

    /** Field {@code name} of a record value. */
    public static Val fieldOf(Val record, String name) throws Trap {
        if (record instanceof RecordVal r) {
            for (RecordVal.Field f : r.fields()) {
                if (f.name().equals(name)) {
                    return f.value();
                }
            }
        }
        throw new Trap("expected a record with field " + name + ", got " + record);
    }

    /** Whether flag {@code name} is set in a flags value. */
    public static boolean flag(Val flags, String name) throws Trap {
        if (flags instanceof dev.weft.value.FlagsVal f) {
            return f.set().contains(name);
        }
        throw new Trap("expected flags, got " + flags);
    }
}
