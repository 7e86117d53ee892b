package dev.weft.wasi.http.types;

import dev.weft.error.Trap;
import dev.weft.value.ListVal;
import dev.weft.value.OptionVal;
import dev.weft.value.ResultVal;
import dev.weft.value.StringVal;
import dev.weft.value.TupleVal;
import dev.weft.value.U64Val;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import dev.weft.wasi.http.HttpField;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Converts between {@code wasi:http} values and Java: field lists, options, durations, plain results. */
public final class HttpVals {
    private static final Val OK = new ResultVal(true, Optional.empty());
    private static final Val ERR = new ResultVal(false, Optional.empty());
    private static final Val NONE = new OptionVal(Optional.empty());

    private HttpVals() {
    }

    /** {@code result} without payloads. */
    public static Val result(boolean ok) {
        return ok ? OK : ERR;
    }

    public static Val errUnit() {
        return ERR;
    }

    public static Val optionString(Optional<String> s) {
        return s.isEmpty() ? NONE : new OptionVal(Optional.of(new StringVal(s.get())));
    }

    /** An {@code option<T>} argument: its payload, if any. */
    public static Optional<Val> option(Val v) throws Trap {
        if (v instanceof OptionVal o) {
            return o.value();
        }
        throw new Trap("expected an option, got " + v);
    }

    public static Optional<String> optionalString(Val v) throws Trap {
        Optional<Val> inner = option(v);
        return inner.isEmpty() ? Optional.empty() : Optional.of(WasiVals.toStr(inner.get()));
    }

    /** An {@code option<duration>} (nanoseconds) argument. */
    public static Optional<Duration> optionalDuration(Val v) throws Trap {
        Optional<Val> inner = option(v);
        return inner.isEmpty() ? Optional.empty() : Optional.of(Duration.ofNanos(WasiVals.toLong(inner.get())));
    }

    public static Val optionDuration(Optional<Duration> d) {
        return new OptionVal(d.map(x -> new U64Val(x.toNanos())));
    }

    public static int toU16(Val v) throws Trap {
        if (v instanceof dev.weft.value.U16Val u) {
            return u.value();
        }
        throw new Trap("expected u16, got " + v);
    }

    /** {@code list<field-value>}. */
    public static Val values(List<byte[]> values) {
        List<Val> out = new ArrayList<>(values.size());
        for (byte[] v : values) {
            out.add(WasiVals.bytes(v));
        }
        return new ListVal(out);
    }

    public static List<byte[]> toValues(Val v) throws Trap {
        if (!(v instanceof ListVal list)) {
            throw new Trap("expected list<field-value>, got " + v);
        }
        List<byte[]> out = new ArrayList<>(list.elements().size());
        for (Val e : list.elements()) {
            out.add(WasiVals.toBytes(e));
        }
        return out;
    }

    /** {@code list<tuple<field-name, field-value>>}. */
    public static Val entries(List<HttpField> fields) {
        List<Val> out = new ArrayList<>(fields.size());
        for (HttpField f : fields) {
            out.add(WasiVals.tuple(new StringVal(f.name()), WasiVals.bytes(f.value())));
        }
        return new ListVal(out);
    }

    public static List<HttpField> toEntries(Val v) throws Trap {
        if (!(v instanceof ListVal list)) {
            throw new Trap("expected list<tuple<field-name, field-value>>, got " + v);
        }
        List<HttpField> out = new ArrayList<>(list.elements().size());
        for (Val e : list.elements()) {
            if (!(e instanceof TupleVal t) || t.elements().size() != 2) {
                throw new Trap("expected tuple<field-name, field-value>, got " + e);
            }
            out.add(new HttpField(WasiVals.toStr(t.elements().get(0)), WasiVals.toBytes(t.elements().get(1))));
        }
        return out;
    }
}
