package dev.weft.component.validate;

import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreExternType;
import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreGlobalType;
import dev.weft.component.types.CoreMemoryType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.CoreTableType;
import dev.weft.component.types.CoreTagType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueExtern;
import dev.weft.component.types.ValueType;
import dev.weft.error.ValidationException;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The subtype relation of Explainer.md "Type Checking": structural equality for value and function types,
 * "export more, import less" for module, instance and component types, identity for resource types. Abstract
 * {@code (sub resource)} types on the expected side are bound to the actual resource as the check proceeds; the
 * bindings are kept in {@link #mapping()} so that later items (and an instantiation's exports) see them.
 */
public final class Subtyping {
    private final ResourceMapping mapping;
    private final long offset;

    Subtyping(ResourceMapping mapping, long offset) {
        this.mapping = mapping;
        this.offset = offset;
    }

    /** A fresh check with no bindings, reporting errors at {@code offset}. */
    public static Subtyping at(long offset) {
        return new Subtyping(new ResourceMapping(), offset);
    }

    ResourceMapping mapping() {
        return mapping;
    }

    /** Checks that {@code actual} can be used where {@code expected} is required. */
    public void check(ExternType actual, ExternType expected, String context) throws ValidationException {
        switch (expected) {
            case TypeExtern e -> {
                if (!(actual instanceof TypeExtern a)) {
                    throw mismatch(context, "expected type, found " + ValueTypes.describe(actual));
                }
                checkTypeBound(a, e, context);
            }
            case FuncType e -> {
                if (!(actual instanceof FuncType a)) {
                    throw mismatch(context, "expected func, found " + ValueTypes.describe(actual));
                }
                checkFunc(a, e, context);
            }
            case ValueExtern e -> {
                if (!(actual instanceof ValueExtern a)) {
                    throw mismatch(context, "expected value, found " + ValueTypes.describe(actual));
                }
                checkValue(a.type(), e.type(), context);
            }
            case InstanceType e -> {
                if (!(actual instanceof InstanceType a)) {
                    throw mismatch(context, "expected instance, found " + ValueTypes.describe(actual));
                }
                checkInstance(a, e, context);
            }
            case ComponentType e -> {
                if (!(actual instanceof ComponentType a)) {
                    throw mismatch(context, "expected component, found " + ValueTypes.describe(actual));
                }
                checkComponent(a, e, context);
            }
            case CoreModuleType e -> {
                if (!(actual instanceof CoreModuleType a)) {
                    throw mismatch(context, "expected module, found " + ValueTypes.describe(actual));
                }
                checkModule(a, e, context);
            }
        }
    }

    private void checkTypeBound(TypeExtern actual, TypeExtern expected, String context) throws ValidationException {
        TypeDefinition a = actual.definition();
        switch (expected.bound()) {
            case TypeBound.SubResource sub -> {
                if (!(mapping.apply(a) instanceof ResourceType r)) {
                    throw mismatch(context, "expected resource, found defined type");
                }
                mapping.put(sub.resource(), r);
            }
            case TypeBound.Eq eq -> {
                checkTypeDefinition(a, eq.type(), context);
                if (a instanceof ValueType av && eq.type() instanceof ValueType ev) {
                    mapping.putType(ev, av);
                }
            }
        }
    }

    private void checkTypeDefinition(TypeDefinition actual, TypeDefinition expected, String context)
            throws ValidationException {
        switch (expected) {
            case ResourceType e -> {
                if (!(actual instanceof ResourceType a)) {
                    throw mismatch(context, "expected resource, found defined type");
                }
                if (!mapping.resolve(a).equals(mapping.resolve(e))) {
                    throw mismatch(context, "resource types are not the same");
                }
            }
            case ValueType e -> {
                if (!(actual instanceof ValueType a)) {
                    throw mismatch(context, "expected defined type, found " + kind(actual));
                }
                checkValue(a, e, context);
            }
            case FuncType e -> {
                if (!(actual instanceof FuncType a)) {
                    throw mismatch(context, "expected func type, found " + kind(actual));
                }
                checkFunc(a, e, context);
            }
            case InstanceType e -> {
                if (!(actual instanceof InstanceType a)) {
                    throw mismatch(context, "expected instance type, found " + kind(actual));
                }
                checkInstance(a, e, context);
            }
            case ComponentType e -> {
                if (!(actual instanceof ComponentType a)) {
                    throw mismatch(context, "expected component type, found " + kind(actual));
                }
                checkComponent(a, e, context);
            }
        }
    }

    private static String kind(TypeDefinition d) {
        return switch (d) {
            case ResourceType r -> "resource";
            case ValueType v -> "defined type";
            case FuncType f -> "func type";
            case InstanceType i -> "instance type";
            case ComponentType c -> "component type";
        };
    }

    void checkFunc(FuncType actual, FuncType expected, String context) throws ValidationException {
        if (actual.async() != expected.async()) {
            throw mismatch(context, "expected " + (expected.async() ? "async" : "sync") + " function, found "
                    + (actual.async() ? "async" : "sync"));
        }
        if (actual.params().size() != expected.params().size()) {
            throw mismatch(context, "expected " + expected.params().size() + " parameters, found "
                    + actual.params().size());
        }
        for (int i = 0; i < actual.params().size(); i++) {
            FuncType.Param a = actual.params().get(i);
            FuncType.Param e = expected.params().get(i);
            if (!a.name().equals(e.name())) {
                throw mismatch(context, "expected parameter named `" + e.name() + "`, found `" + a.name() + "`");
            }
            checkValue(a.type(), e.type(), context + ": type mismatch in function parameter `" + a.name() + "`");
        }
        if (actual.result().isPresent() != expected.result().isPresent()) {
            throw mismatch(context, expected.result().isPresent() ? "expected a result, found none"
                    : "expected no result, found one");
        }
        if (actual.result().isPresent()) {
            checkValue(actual.result().get(), expected.result().get(), context + ": type mismatch with result type");
        }
    }

    void checkValue(ValueType actual, ValueType expected, String context) throws ValidationException {
        ValueType a = mapping.apply(actual);
        ValueType e = mapping.apply(expected);
        if (!a.equals(e)) {
            throw mismatch(context, ValueTypeMismatch.describe(a, e));
        }
    }

    private void checkInstance(InstanceType actual, InstanceType expected, String context)
            throws ValidationException {
        for (NamedExtern e : expected.exports()) {
            Optional<ExternType> a = actual.export(e.name());
            if (a.isEmpty()) {
                throw mismatch(context, "missing expected export `" + e.name() + "`");
            }
            check(a.get(), e.type(), "type mismatch in instance export `" + e.name() + "`");
        }
    }

    private void checkComponent(ComponentType actual, ComponentType expected, String context)
            throws ValidationException {
        // contravariant imports: everything the actual component imports must be supplied by the expected imports
        for (NamedExtern a : actual.imports()) {
            Optional<ExternType> e = expected.importType(a.name());
            if (e.isEmpty()) {
                throw mismatch(context, "missing expected import `" + a.name() + "`");
            }
            check(e.get(), a.type(), "type mismatch in import `" + a.name() + "`");
        }
        for (NamedExtern e : expected.exports()) {
            Optional<ExternType> a = actual.exportType(e.name());
            if (a.isEmpty()) {
                throw mismatch(context, "missing expected export `" + e.name() + "`");
            }
            check(a.get(), e.type(), "type mismatch in export `" + e.name() + "`");
        }
    }

    private void checkModule(CoreModuleType actual, CoreModuleType expected, String context)
            throws ValidationException {
        for (CoreModuleType.Import a : actual.imports()) {
            Optional<CoreModuleType.Import> e = expected.imports().stream()
                    .filter(i -> i.module().equals(a.module()) && i.name().equals(a.name())).findFirst();
            if (e.isEmpty()) {
                throw mismatch(context, "missing expected import `" + a.module() + "::" + a.name() + "`");
            }
            checkCore(e.get().type(), a.type(), context + ": type mismatch in import `" + a.module() + "::"
                    + a.name() + "`");
        }
        for (CoreModuleType.Export e : expected.exports()) {
            Optional<CoreExternType> a = actual.export(e.name());
            if (a.isEmpty()) {
                throw mismatch(context, "missing expected export `" + e.name() + "`");
            }
            checkCore(a.get(), e.type(), context + ": type mismatch in export `" + e.name() + "`");
        }
    }

    /** Core extern subtyping (core spec "Import matching"). */
    public void checkCore(CoreExternType actual, CoreExternType expected, String context)
            throws ValidationException {
        switch (expected) {
            case CoreFuncType e -> {
                if (!(actual instanceof CoreFuncType a)) {
                    throw mismatch(context, "expected func, found " + coreKind(actual));
                }
                if (!a.equals(e)) {
                    throw mismatch(context, "expected: " + e + ", found: " + a);
                }
            }
            case CoreTableType e -> {
                if (!(actual instanceof CoreTableType a)) {
                    throw mismatch(context, "expected table, found " + coreKind(actual));
                }
                if (a.element() != e.element()) {
                    throw mismatch(context, "expected table element type " + e.element() + ", found " + a.element());
                }
                if (!limitsMatch(a.min(), a.max(), e.min(), e.max())) {
                    throw mismatch(context, "mismatch in table limits");
                }
            }
            case CoreMemoryType e -> {
                if (!(actual instanceof CoreMemoryType a)) {
                    throw mismatch(context, "expected memory, found " + coreKind(actual));
                }
                if (a.shared() != e.shared()) {
                    throw mismatch(context, "mismatch in the shared flag for memories");
                }
                if (a.memory64() != e.memory64()) {
                    throw mismatch(context, "mismatch in index type used for memories");
                }
                if (!limitsMatch(a.min(), a.max(), e.min(), e.max())) {
                    throw mismatch(context, "mismatch in memory limits");
                }
            }
            case CoreGlobalType e -> {
                if (!(actual instanceof CoreGlobalType a)) {
                    throw mismatch(context, "expected global, found " + coreKind(actual));
                }
                if (a.mutable() != e.mutable()) {
                    throw mismatch(context, "global types differ in mutability");
                }
                if (a.type() != e.type()) {
                    throw mismatch(context, "expected global type " + e.type() + ", found " + a.type());
                }
            }
            case CoreTagType e -> {
                if (!(actual instanceof CoreTagType a)) {
                    throw mismatch(context, "expected tag, found " + coreKind(actual));
                }
                if (!a.equals(e)) {
                    throw mismatch(context, "expected tag " + e.type() + ", found " + a.type());
                }
            }
        }
    }

    private static boolean limitsMatch(long aMin, OptionalLong aMax, long eMin, OptionalLong eMax) {
        if (Long.compareUnsigned(aMin, eMin) < 0) {
            return false;
        }
        if (eMax.isEmpty()) {
            return true;
        }
        return aMax.isPresent() && Long.compareUnsigned(aMax.getAsLong(), eMax.getAsLong()) <= 0;
    }

    static String coreKind(CoreExternType t) {
        return switch (t) {
            case CoreFuncType f -> "func";
            case CoreTableType x -> "table";
            case CoreMemoryType x -> "memory";
            case CoreGlobalType x -> "global";
            case CoreTagType x -> "tag";
        };
    }

    private ValidationException mismatch(String context, String detail) {
        return new ValidationException(context + ": " + detail, offset);
    }
}
