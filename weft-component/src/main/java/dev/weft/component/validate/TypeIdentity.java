package dev.weft.component.validate;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.FutureType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;

/**
 * Type imports and exports create a new type index that is equal to, but a different object from, the type they
 * name (wasmparser's {@code with_unique}). Object identity is what the external-visibility rule tracks: a record
 * used by an export must be the object introduced by a preceding type import or export.
 */
final class TypeIdentity {
    private TypeIdentity() {
    }

    static TypeDefinition unique(TypeDefinition def) {
        return switch (def) {
            case ResourceType r -> r.alias();
            case FuncType f -> new FuncType(f.params(), f.result(), f.async());
            case InstanceType i -> new InstanceType(i.exports());
            case ComponentType c -> new ComponentType(c.imports(), c.exports());
            case ValueType v -> unique(v);
        };
    }

    private static ValueType unique(ValueType v) {
        return switch (v) {
            case PrimitiveType p -> p;
            case RecordType r -> new RecordType(r.fields());
            case VariantType x -> new VariantType(x.cases());
            case ListType l -> new ListType(l.element());
            case FixedListType l -> new FixedListType(l.element(), l.length());
            case MapType m -> new MapType(m.key(), m.value());
            case TupleType t -> new TupleType(t.elements());
            case FlagsType f -> new FlagsType(f.names());
            case EnumType e -> new EnumType(e.names());
            case OptionType o -> new OptionType(o.some());
            case ResultType r -> new ResultType(r.ok(), r.err());
            case OwnType o -> new OwnType(o.resource());
            case BorrowType b -> new BorrowType(b.resource());
            case StreamType s -> new StreamType(s.element());
            case FutureType f -> new FutureType(f.element());
        };
    }
}
