package dev.weft.wasi.http.types;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.error.Trap;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.OptionVal;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import java.util.List;
import java.util.Optional;

/** {@code wasi:http/types} glue for {@code fields} and {@code http-error-code}. */
final class FieldsP2 {
    private FieldsP2() {
    }

    @FunctionalInterface
    private interface FieldsOp {
        Val run(List<Val> args) throws HeaderError.Refused, Trap;
    }

    static void define(LinkerInstance types, HttpResources r) {
        var fields = r.fields();
        types.function("[constructor]fields", a -> one(fields.own(Fields.mutable())));
        op(types, "[static]fields.from-list", a -> fields.own(Fields.fromList(HttpVals.toEntries(a.get(0)))));
        types.function("[method]fields.get",
                a -> one(HttpVals.values(fields.get(a.get(0)).get(WasiVals.toStr(a.get(1))))));
        types.function("[method]fields.has",
                a -> one(WasiVals.bool(fields.get(a.get(0)).has(WasiVals.toStr(a.get(1))))));
        op(types, "[method]fields.set", a -> {
            fields.get(a.get(0)).set(WasiVals.toStr(a.get(1)), HttpVals.toValues(a.get(2)));
            return null;
        });
        op(types, "[method]fields.delete", a -> {
            fields.get(a.get(0)).delete(WasiVals.toStr(a.get(1)));
            return null;
        });
        op(types, "[method]fields.append", a -> {
            fields.get(a.get(0)).append(WasiVals.toStr(a.get(1)), WasiVals.toBytes(a.get(2)));
            return null;
        });
        types.function("[method]fields.entries", a -> one(HttpVals.entries(fields.get(a.get(0)).entries())));
        types.function("[method]fields.clone", a -> one(fields.own(fields.get(a.get(0)).mutableCopy())));
        types.function("http-error-code", a -> {
            Optional<Object> detail = r.io().error().get(a.get(0)).detail();
            return one(new OptionVal(detail.filter(ErrorCode.class::isInstance)
                    .map(d -> ((ErrorCode) d).toVal())));
        });
    }

    /** A function returning {@code result<T, header-error>}; null means {@code ok} without payload. */
    private static void op(LinkerInstance types, String name, FieldsOp op) {
        types.function(name, args -> {
            try {
                Val v = op.run(args);
                return one(v == null ? WasiVals.ok() : WasiVals.ok(v));
            } catch (HeaderError.Refused e) {
                return one(WasiVals.err(e.error().toVal()));
            }
        });
    }
}
