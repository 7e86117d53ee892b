package dev.weft.component.validate;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.FutureType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueExtern;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;

import java.util.Optional;
import java.util.function.Predicate;

/** Structural queries over resolved types. */
final class ValueTypes {
    private ValueTypes() {
    }

    static boolean containsBorrow(ValueType t) {
        return anyValueType(t, v -> v instanceof BorrowType);
    }

    /** Whether the type mentions any resource type, directly or through handles, functions or nested externs. */
    static boolean refersToResources(TypeDefinition def) {
        return switch (def) {
            case ResourceType r -> true;
            case ValueType v -> anyValueType(v, x -> x instanceof OwnType || x instanceof BorrowType);
            case FuncType f -> refersToResources(f);
            case InstanceType i -> i.exports().stream().anyMatch(e -> externRefersToResources(e.type()));
            case ComponentType c -> c.imports().stream().anyMatch(e -> externRefersToResources(e.type()))
                    || c.exports().stream().anyMatch(e -> externRefersToResources(e.type()));
        };
    }

    private static boolean refersToResources(FuncType f) {
        return f.params().stream().anyMatch(p -> refersToResources(p.type()))
                || f.result().map(ValueTypes::refersToResources).orElse(false);
    }

    static boolean externRefersToResources(ExternType t) {
        return switch (t) {
            case CoreModuleType m -> false;
            case FuncType f -> refersToResources(f);
            case ValueExtern v -> refersToResources(v.type());
            case TypeExtern te -> refersToResources(te.definition());
            case InstanceType i -> refersToResources(i);
            case ComponentType c -> refersToResources(c);
        };
    }

    static boolean anyValueType(ValueType t, Predicate<ValueType> p) {
        if (p.test(t)) {
            return true;
        }
        return switch (t) {
            case PrimitiveType x -> false;
            case RecordType r -> r.fields().stream().anyMatch(f -> anyValueType(f.type(), p));
            case VariantType v -> v.cases().stream().anyMatch(c -> any(c.payload(), p));
            case ListType l -> anyValueType(l.element(), p);
            case FixedListType l -> anyValueType(l.element(), p);
            case MapType m -> anyValueType(m.key(), p) || anyValueType(m.value(), p);
            case TupleType tu -> tu.elements().stream().anyMatch(e -> anyValueType(e, p));
            case FlagsType f -> false;
            case EnumType e -> false;
            case OptionType o -> anyValueType(o.some(), p);
            case ResultType r -> any(r.ok(), p) || any(r.err(), p);
            case OwnType o -> false;
            case BorrowType b -> false;
            case StreamType s -> any(s.element(), p);
            case FutureType f -> any(f.element(), p);
        };
    }

    private static boolean any(Optional<ValueType> t, Predicate<ValueType> p) {
        return t.isPresent() && anyValueType(t.get(), p);
    }

    static String describe(ExternType t) {
        return switch (t) {
            case CoreModuleType m -> "module";
            case FuncType f -> "func";
            case ValueExtern v -> "value";
            case TypeExtern te -> "type";
            case InstanceType i -> "instance";
            case ComponentType c -> "component";
        };
    }
}
