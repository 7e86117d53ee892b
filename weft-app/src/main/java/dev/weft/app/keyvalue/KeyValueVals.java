package dev.weft.app.keyvalue;

import dev.weft.error.Trap;
import dev.weft.value.ListVal;
import dev.weft.value.StringVal;
import dev.weft.value.TupleVal;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import dev.weft.wasi.WasiVals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link Val}s of {@code wasi:keyvalue}: errors, optional byte values, key lists. */
final class KeyValueVals {
    private KeyValueVals() {
    }

    static Val noSuchStore() {
        return WasiVals.err(new VariantVal("no-such-store", Optional.empty()));
    }

    static Val accessDenied() {
        return WasiVals.err(new VariantVal("access-denied", Optional.empty()));
    }

    static Val other(String message) {
        return WasiVals.err(otherCase(message));
    }

    static Val otherCase(String message) {
        return new VariantVal("other", Optional.of(new StringVal(message)));
    }

    static Val optionalBytes(Optional<byte[]> v) {
        return v.map(b -> WasiVals.some(WasiVals.bytes(b))).orElseGet(WasiVals::none);
    }

    static Val strings(List<String> keys) {
        List<Val> out = new ArrayList<>();
        keys.forEach(k -> out.add(new StringVal(k)));
        return new ListVal(out);
    }

    static List<String> toStrings(Val v) throws Trap {
        if (!(v instanceof ListVal list)) {
            throw new Trap("expected list<string>, got " + v);
        }
        List<String> out = new ArrayList<>();
        for (Val e : list.elements()) {
            out.add(WasiVals.toStr(e));
        }
        return out;
    }

    /** {@code list<tuple<string, list<u8>>>}. */
    static List<Map.Entry<String, byte[]>> toEntries(Val v) throws Trap {
        if (!(v instanceof ListVal list)) {
            throw new Trap("expected list<tuple<string, list<u8>>>, got " + v);
        }
        List<Map.Entry<String, byte[]>> out = new ArrayList<>();
        for (Val e : list.elements()) {
            if (!(e instanceof TupleVal t) || t.elements().size() != 2) {
                throw new Trap("expected tuple<string, list<u8>>, got " + e);
            }
            out.add(Map.entry(WasiVals.toStr(t.elements().get(0)), WasiVals.toBytes(t.elements().get(1))));
        }
        return out;
    }
}
