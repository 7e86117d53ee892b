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
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueExtern;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.error.ValidationException;

import java.util.Optional;
import java.util.Set;

/**
 * Explainer.md "External Visibility of Types": the records, variants, flags, enums and resources used in the type of
 * an import must have been introduced by a preceding type import, those used by an export by a preceding type
 * import or export (compared by object identity, see {@link TypeIdentity}). Type imports/exports, also nested in
 * instance types, register what they introduce. Checked in components and component types.
 */
final class ExternalVisibility {
    private ExternalVisibility() {
    }

    static void checkImport(ExternType type, Scope scope, long offset) throws ValidationException {
        check(type, NameScope.Kind.IMPORT, scope, offset);
    }

    static void checkExport(ExternType type, Scope scope, long offset) throws ValidationException {
        check(type, NameScope.Kind.EXPORT, scope, offset);
    }

    private static void check(ExternType type, NameScope.Kind kind, Scope scope, long offset)
            throws ValidationException {
        if (scope.kind == Scope.Kind.INSTANCE_TYPE) {
            return;
        }
        if (!register(type, kind, scope)) {
            throw new ValidationException(ValueTypes.describe(type) + " not valid to be used as " + kind
                    + " (it refers to a record, variant, flags, enum or resource type that is not " + kind
                    + "ed by name)", offset);
        }
    }

    private static boolean register(ExternType type, NameScope.Kind kind, Scope scope) {
        Set<Object> named = kind == NameScope.Kind.IMPORT ? scope.importedTypes : scope.exportedTypes;
        return switch (type) {
            case TypeExtern te -> {
                TypeDefinition created = te.definition();
                if (te.bound() instanceof TypeBound.Eq && !componentsNamed(created, named)) {
                    yield false;
                }
                if (kind == NameScope.Kind.IMPORT) {
                    scope.importedTypes.add(created);
                }
                scope.exportedTypes.add(created);
                yield true;
            }
            case InstanceType i -> {
                for (NamedExtern e : i.exports()) {
                    if (!register(e.type(), kind, scope)) {
                        yield false;
                    }
                }
                yield true;
            }
            case FuncType f -> funcNamed(f, named);
            case ValueExtern v -> named(v.type(), named);
            case ComponentType c -> true;
            case CoreModuleType m -> true;
        };
    }

    /** Whether the types a definition refers to are named (the definition itself need not be). */
    private static boolean componentsNamed(TypeDefinition def, Set<Object> named) {
        return switch (def) {
            case ResourceType r -> true;
            case ComponentType c -> true;
            case FuncType f -> funcNamed(f, named);
            case InstanceType i -> i.exports().stream().allMatch(e -> switch (e.type()) {
                case CoreModuleType m -> true;
                case ComponentType c -> true;
                case FuncType f -> funcNamed(f, named);
                case TypeExtern te -> componentsNamed(te.definition(), named);
                case ValueExtern v -> componentsNamed(v.type(), named);
                case InstanceType nested -> componentsNamed(nested, named);
            });
            case ValueType v -> switch (v) {
                case PrimitiveType p -> true;
                case FlagsType f -> true;
                case EnumType e -> true;
                case RecordType r -> r.fields().stream().allMatch(f -> named(f.type(), named));
                case VariantType x -> x.cases().stream().allMatch(c -> named(c.payload(), named));
                default -> named(v, named);
            };
        };
    }

    private static boolean funcNamed(FuncType f, Set<Object> named) {
        return f.params().stream().allMatch(p -> named(p.type(), named)) && named(f.result(), named);
    }

    private static boolean named(Optional<ValueType> t, Set<Object> named) {
        return t.isEmpty() || named(t.get(), named);
    }

    /** wasmparser's {@code type_named_valtype}: nominal-ish types must themselves be named. */
    private static boolean named(ValueType t, Set<Object> named) {
        return switch (t) {
            case PrimitiveType p -> true;
            case RecordType r -> named.contains(r);
            case VariantType v -> named.contains(v);
            case FlagsType f -> named.contains(f);
            case EnumType e -> named.contains(e);
            case TupleType tu -> tu.elements().stream().allMatch(e -> named(e, named));
            case ResultType r -> named(r.ok(), named) && named(r.err(), named);
            case ListType l -> named(l.element(), named);
            case FixedListType l -> named(l.element(), named);
            case OptionType o -> named(o.some(), named);
            case MapType m -> named(m.key(), named) && named(m.value(), named);
            case OwnType o -> named.contains(o.resource());
            case BorrowType b -> named.contains(b.resource());
            case StreamType s -> named(s.element(), named);
            case FutureType f -> named(f.element(), named);
        };
    }
}
