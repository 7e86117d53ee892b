package dev.weft.runtime.abi;

import dev.weft.component.types.RecordType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.RecordVal;
import dev.weft.value.TupleVal;
import dev.weft.value.Val;

import java.util.ArrayList;
import java.util.List;

/** Records and tuples seen uniformly as a list of fields (the spec despecializes tuples to records). */
final class RecordFields {
    private RecordFields() {
    }

    static int count(ValueType t) {
        return switch (t) {
            case RecordType r -> r.fields().size();
            case TupleType tu -> tu.elements().size();
            default -> throw new IllegalArgumentException("not a record or tuple: " + t);
        };
    }

    static ValueType type(ValueType t, int i) {
        return switch (t) {
            case RecordType r -> r.fields().get(i).type();
            case TupleType tu -> tu.elements().get(i);
            default -> throw new IllegalArgumentException("not a record or tuple: " + t);
        };
    }

    /** The field values of {@code v} in declaration order, checked against {@code t}. */
    static List<Val> values(ValueType t, Val v) throws Trap {
        switch (t) {
            case RecordType r -> {
                if (!(v instanceof RecordVal rv) || rv.fields().size() != r.fields().size()) {
                    throw ValueExpect.mismatch(t, v);
                }
                List<Val> out = new ArrayList<>(rv.fields().size());
                for (int i = 0; i < r.fields().size(); i++) {
                    RecordVal.Field f = rv.fields().get(i);
                    String name = r.fields().get(i).name();
                    if (!name.equals(f.name())) {
                        throw new Trap(TrapKind.HOST_FUNCTION,
                                "record value has field '" + f.name() + "' where type " + TypeNames.of(t)
                                + " has '"
                                + name + "'");
                    }
                    out.add(f.value());
                }
                return out;
            }
            case TupleType tu -> {
                if (!(v instanceof TupleVal tv) || tv.elements().size() != tu.elements().size()) {
                    throw ValueExpect.mismatch(t, v);
                }
                return tv.elements();
            }
            default -> throw new IllegalArgumentException("not a record or tuple: " + t);
        }
    }

    static Val make(ValueType t, Val[] values) {
        return switch (t) {
            case RecordType r -> {
                List<RecordVal.Field> fields = new ArrayList<>(values.length);
                for (int i = 0; i < values.length; i++) {
                    fields.add(new RecordVal.Field(r.fields().get(i).name(), values[i]));
                }
                yield new RecordVal(fields);
            }
            case TupleType tu -> new TupleVal(List.of(values));
            default -> throw new IllegalArgumentException("not a record or tuple: " + t);
        };
    }
}
