package dev.weft.component.validate;

import dev.weft.component.ast.ComponentValType;
import dev.weft.component.ast.DefValType;
import dev.weft.component.ast.NamedValType;
import dev.weft.component.ast.PrimValType;
import dev.weft.component.ast.TypeDef;
import dev.weft.component.types.BorrowType;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.CoreTypeDefinition;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.ExternType;
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
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueExtern;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.error.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves component-level type syntax (value types, function types, extern types) within a {@link Scope}. */
final class TypeResolver {
    static final int MAX_FLAGS = 32;

    private TypeResolver() {
    }

    static ValueType valType(ComponentValType t, Scope scope, long offset) throws ValidationException {
        return switch (t) {
            case PrimValType p -> p.toPrimitiveType();
            case ComponentValType.Indexed i -> {
                TypeDefinition def = scope.types.get(i.typeIndex(), offset);
                if (def instanceof ValueType v) {
                    yield v;
                }
                throw new ValidationException("type index " + i.typeIndex() + " is not a defined type", offset);
            }
        };
    }


    private static Optional<ValueType> optionalValType(Optional<ComponentValType> t, Scope scope, long offset)
            throws ValidationException {
        return t.isEmpty() ? Optional.empty() : Optional.of(valType(t.get(), scope, offset));
    }

    static ValueType defValType(DefValType d, Scope scope, long offset) throws ValidationException {
        ValueType t = resolveDefValType(d, scope, offset);
        scope.metrics.check(t, offset);
        if (ElemSize.size(t, 8) >= ElemSize.MAX) {
            throw new ValidationException("type exceeds maximum byte size: elem_size(t, i64) must be less than 2^28",
                    offset);
        }
        return t;
    }

    private static ValueType resolveDefValType(DefValType d, Scope scope, long offset) throws ValidationException {
        return switch (d) {
            case DefValType.Primitive p -> p.type().toPrimitiveType();
            case DefValType.RecordDef r -> {
                if (r.fields().isEmpty()) {
                    throw new ValidationException("record type must have at least one field", offset);
                }
                LabelSet labels = new LabelSet("record field name", "field name");
                List<RecordType.Field> fields = new ArrayList<>();
                for (NamedValType f : r.fields()) {
                    labels.add(f.name(), offset);
                    fields.add(new RecordType.Field(f.name(), valType(f.type(), scope, offset)));
                }
                yield new RecordType(fields);
            }
            case DefValType.VariantDef v -> {
                if (v.cases().isEmpty()) {
                    throw new ValidationException("variant type must have at least one case", offset);
                }
                LabelSet labels = new LabelSet("variant case name", "case name");
                List<VariantType.Case> cases = new ArrayList<>();
                for (DefValType.Case c : v.cases()) {
                    labels.add(c.name(), offset);
                    cases.add(new VariantType.Case(c.name(), optionalValType(c.type(), scope, offset)));
                }
                yield new VariantType(cases);
            }
            case DefValType.ListDef l -> new ListType(valType(l.element(), scope, offset));
            case DefValType.FixedListDef l -> {
                if (l.length() == 0) {
                    throw new ValidationException("fixed-length list must have a length of at least 1", offset);
                }
                yield new FixedListType(valType(l.element(), scope, offset), (int) Math.min(l.length(),
                        Integer.MAX_VALUE));
            }
            case DefValType.TupleDef t -> {
                if (t.types().isEmpty()) {
                    throw new ValidationException("tuple type must have at least one type", offset);
                }
                List<ValueType> elements = new ArrayList<>();
                for (ComponentValType e : t.types()) {
                    elements.add(valType(e, scope, offset));
                }
                yield new TupleType(elements);
            }
            case DefValType.FlagsDef f -> {
                if (f.names().isEmpty()) {
                    throw new ValidationException("flags must have at least one entry", offset);
                }
                if (f.names().size() > MAX_FLAGS) {
                    throw new ValidationException("cannot have more than " + MAX_FLAGS + " flags (found "
                            + f.names().size() + ")", offset);
                }
                LabelSet labels = new LabelSet("flag name", "flag name");
                for (String n : f.names()) {
                    labels.add(n, offset);
                }
                yield new FlagsType(f.names());
            }
            case DefValType.EnumDef e -> {
                if (e.names().isEmpty()) {
                    throw new ValidationException("enum type must have at least one variant", offset);
                }
                LabelSet labels = new LabelSet("enum tag name", "tag name");
                for (String n : e.names()) {
                    labels.add(n, offset);
                }
                yield new EnumType(e.names());
            }
            case DefValType.OptionDef o -> new OptionType(valType(o.type(), scope, offset));
            case DefValType.ResultDef r -> new ResultType(optionalValType(r.ok(), scope, offset),
                    optionalValType(r.err(), scope, offset));
            case DefValType.OwnDef o -> new OwnType(resource(o.resourceTypeIndex(), scope, offset));
            case DefValType.BorrowDef b -> new BorrowType(resource(b.resourceTypeIndex(), scope, offset));
            case DefValType.StreamDef s -> {
                Optional<ValueType> element = optionalValType(s.element(), scope, offset);
                if (element.isPresent() && element.get() == PrimitiveType.CHAR) {
                    throw new ValidationException("`stream<char>` is not valid at this time",
                            offset);
                }
                yield new StreamType(element);
            }
            case DefValType.FutureDef f -> new FutureType(optionalValType(f.element(), scope, offset));
            case DefValType.MapDef m -> new MapType(valType(m.key(), scope, offset), valType(m.value(), scope, offset));
        };
    }

    static ResourceType resource(long index, Scope scope, long offset) throws ValidationException {
        if (scope.types.get(index, offset) instanceof ResourceType r) {
            return r;
        }
        throw new ValidationException("type index " + index + " is not a resource type", offset);
    }

    static FuncType funcType(TypeDef.Func f, Scope scope) throws ValidationException {
        LabelSet labels = new LabelSet("function parameter name", "parameter name");
        List<FuncType.Param> params = new ArrayList<>();
        for (NamedValType p : f.params()) {
            labels.add(p.name(), f.offset());
            params.add(new FuncType.Param(p.name(), valType(p.type(), scope, f.offset())));
        }
        Optional<ValueType> result = optionalValType(f.result(), scope, f.offset());
        if (result.isPresent() && ValueTypes.containsBorrow(result.get())) {
            throw new ValidationException("function result cannot contain a `borrow` type", f.offset());
        }
        return new FuncType(params, result, f.async());
    }

    /** Resolves a type definition; component and instance types are checked declarator by declarator. */
    static TypeDefinition typeDef(TypeDef def, Scope scope) throws ValidationException {
        return switch (def) {
            case TypeDef.Defined d -> defValType(d.type(), scope, d.offset());
            case TypeDef.Func f -> funcType(f, scope);
            case TypeDef.ComponentType c -> DeclaratorValidator.componentType(c, scope);
            case TypeDef.InstanceType i -> DeclaratorValidator.instanceType(i, scope);
            case TypeDef.Resource r -> {
                if (scope.kind != Scope.Kind.COMPONENT) {
                    throw new ValidationException("resources can only be defined within a concrete component",
                            r.offset());
                }
                ResourceType resource = new ResourceType("resource#" + scope.types.size());
                dev.weft.component.types.CoreValType rep = CoreTypeResolver.valType(r.rep());
                if (rep != dev.weft.component.types.CoreValType.I32) {
                    throw new ValidationException("resources can only be represented by `i32`", r.offset());
                }
                if (r.destructor().isPresent()) {
                    var dtor = scope.coreFuncs.get(r.destructor().get(), r.offset());
                    var expected = new dev.weft.component.types.CoreFuncType(
                            List.of(dev.weft.component.types.CoreValType.I32), List.of());
                    if (!dtor.equals(expected)) {
                        throw new ValidationException("wrong signature for a destructor: expected " + expected
                                + ", found " + dtor, r.offset());
                    }
                }
                scope.definedResources.put(resource, rep);
                yield resource;
            }
        };
    }

    /** Resolves an extern type; a {@code (sub resource)} bound creates a fresh abstract resource type. */
    static ExternType externType(dev.weft.component.ast.ExternType t, Scope scope, String name, long offset)
            throws ValidationException {
        return switch (t) {
            case dev.weft.component.ast.ExternType.CoreModule m -> {
                CoreTypeDefinition def = scope.coreTypes.get(m.coreTypeIndex(), offset);
                if (def instanceof CoreModuleType mt) {
                    yield mt;
                }
                throw new ValidationException("core type index " + m.coreTypeIndex() + " is not a module type",
                        offset);
            }
            case dev.weft.component.ast.ExternType.Func f -> {
                if (scope.types.get(f.typeIndex(), offset) instanceof FuncType ft) {
                    yield ft;
                }
                throw new ValidationException("type index " + f.typeIndex() + " is not a function type", offset);
            }
            case dev.weft.component.ast.ExternType.Value v -> switch (v.bound()) {
                case dev.weft.component.ast.ExternType.ValueOf of -> new ValueExtern(valType(of.type(), scope, offset));
                case dev.weft.component.ast.ExternType.ValueEq eq -> new ValueExtern(
                        scope.values.get(eq.valueIndex(), offset));
            };
            case dev.weft.component.ast.ExternType.Type ty -> switch (ty.bound()) {
                case dev.weft.component.ast.ExternType.SubResource s ->
                        new TypeExtern(new TypeBound.SubResource(new ResourceType(name)));
                case dev.weft.component.ast.ExternType.TypeEq eq ->
                        new TypeExtern(new TypeBound.Eq(TypeIdentity.unique(scope.types.get(eq.typeIndex(), offset))));
            };
            case dev.weft.component.ast.ExternType.Component c -> {
                if (scope.types.get(c.typeIndex(), offset) instanceof ComponentType ct) {
                    yield ct;
                }
                throw new ValidationException("type index " + c.typeIndex() + " is not a component type", offset);
            }
            case dev.weft.component.ast.ExternType.Instance i -> {
                if (scope.types.get(i.typeIndex(), offset) instanceof InstanceType it) {
                    yield it;
                }
                throw new ValidationException("type index " + i.typeIndex() + " is not an instance type", offset);
            }
        };
    }

    /** Appends an item of type {@code type} to the index space its sort names. */
    static void addToIndexSpace(ExternType type, Scope scope) {
        switch (type) {
            case CoreModuleType m -> scope.coreModules.add(m);
            case FuncType f -> scope.funcs.add(f);
            case ValueExtern v -> scope.values.add(v.type());
            case TypeExtern t -> scope.types.add(t.definition());
            case InstanceType i -> scope.instances.add(i);
            case ComponentType c -> scope.components.add(c);
        }
    }
}
