package dev.weft.wit.decode;

import dev.weft.component.ast.ComponentValType;
import dev.weft.component.ast.DefValType;
import dev.weft.component.ast.NamedValType;
import dev.weft.component.ast.PrimValType;
import dev.weft.component.ast.TypeDef;
import dev.weft.wit.WitException;
import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.InterfaceRef;
import dev.weft.wit.resolve.Param;
import dev.weft.wit.resolve.Stability;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.TypeOwner;
import dev.weft.wit.resolve.TypeRef;
import dev.weft.wit.resolve.WitType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns type-index-based component types into WIT types, type definitions and functions of one scope. */
final class ItemDecoder {
    private final ScopeBuilder scope;
    private final long offset;

    ItemDecoder(ScopeBuilder scope, long offset) {
        this.scope = scope;
        this.offset = offset;
    }

    /** {@code (export "name" (type (eq i)))} / a type export of a nested component: a named definition. */
    TypeRef defineNamed(String name, Slot target) throws WitException {
        TypeDefKind kind = switch (target) {
            case Slot.Named n -> n.ref().owner().equals(scope.owner())
                    ? new TypeDefKind.Alias(new WitType.Named(n.ref())) : new TypeDefKind.Use(usable(n.ref()));
            case Slot.Def d -> definition(d);
            case Slot.LocalResource r -> new TypeDefKind.Resource(List.of());
            case Slot.Func f -> throw TypeSpace.at(offset, "type export `" + name + "` names a function type");
            case Slot.Instance i -> throw TypeSpace.at(offset, "type export `" + name + "` names an instance type");
            case Slot.Other o -> throw TypeSpace.at(offset, "type export `" + name + "` has no WIT equivalent");
        };
        if (scope.has(name)) {
            throw TypeSpace.at(offset, "type `" + name + "` is exported twice");
        }
        return scope.define(name, kind);
    }

    private TypeDefKind definition(Slot.Def d) throws WitException {
        return switch (d.def()) {
            case DefValType.RecordDef r -> {
                List<TypeDefKind.Field> fields = new ArrayList<>();
                for (NamedValType f : r.fields()) {
                    fields.add(new TypeDefKind.Field(f.name(), type(f.type(), d.space()), ""));
                }
                yield new TypeDefKind.Record(fields);
            }
            case DefValType.VariantDef v -> {
                List<TypeDefKind.Case> cases = new ArrayList<>();
                for (DefValType.Case c : v.cases()) {
                    cases.add(new TypeDefKind.Case(c.name(), opt(c.type(), d.space()), ""));
                }
                yield new TypeDefKind.Variant(cases);
            }
            case DefValType.EnumDef e -> new TypeDefKind.Enum(
                    e.names().stream().map(n -> new TypeDefKind.Label(n, "")).toList());
            case DefValType.FlagsDef f -> new TypeDefKind.Flags(
                    f.names().stream().map(n -> new TypeDefKind.Label(n, "")).toList());
            default -> new TypeDefKind.Alias(anonymous(d.def(), d.space()));
        };
    }

    WitType type(ComponentValType t, TypeSpace space) throws WitException {
        return switch (t) {
            case PrimValType p -> new WitType.Primitive(p.toPrimitiveType());
            case ComponentValType.Indexed i -> slotType(space.get(i.typeIndex(), offset));
        };
    }

    private WitType slotType(Slot s) throws WitException {
        return switch (s) {
            case Slot.Named n -> new WitType.Named(local(n.ref()));
            case Slot.Def d -> anonymous(d.def(), d.space());
            default -> throw TypeSpace.at(offset, "a value type refers to a non-value type");
        };
    }

    private Optional<WitType> opt(Optional<ComponentValType> t, TypeSpace space) throws WitException {
        return t.isPresent() ? Optional.of(type(t.get(), space)) : Optional.empty();
    }

    private WitType anonymous(DefValType def, TypeSpace space) throws WitException {
        return switch (def) {
            case DefValType.Primitive p -> new WitType.Primitive(p.type().toPrimitiveType());
            case DefValType.ListDef l -> new WitType.ListOf(type(l.element(), space));
            case DefValType.FixedListDef l -> new WitType.FixedListOf(type(l.element(), space), (int) l.length());
            case DefValType.MapDef m -> new WitType.MapOf(type(m.key(), space), type(m.value(), space));
            case DefValType.TupleDef tu -> {
                List<WitType> out = new ArrayList<>();
                for (ComponentValType e : tu.types()) {
                    out.add(type(e, space));
                }
                yield new WitType.TupleOf(out);
            }
            case DefValType.OptionDef o -> new WitType.OptionOf(type(o.type(), space));
            case DefValType.ResultDef r -> new WitType.ResultOf(opt(r.ok(), space), opt(r.err(), space));
            case DefValType.OwnDef o -> new WitType.Named(resource(o.resourceTypeIndex(), space));
            case DefValType.BorrowDef b -> new WitType.Borrow(resource(b.resourceTypeIndex(), space));
            case DefValType.FutureDef f -> new WitType.FutureOf(opt(f.element(), space));
            case DefValType.StreamDef st -> new WitType.StreamOf(opt(st.element(), space));
            case DefValType.RecordDef r -> throw unnamed("record");
            case DefValType.VariantDef v -> throw unnamed("variant");
            case DefValType.EnumDef e -> throw unnamed("enum");
            case DefValType.FlagsDef f -> throw unnamed("flags");
        };
    }

    /** {@code ref} as seen from this scope: itself, or a {@code use} of it (which must be expressible in WIT). */
    private TypeRef local(TypeRef ref) throws WitException {
        return ref.owner().equals(scope.owner()) ? ref : scope.localize(usable(ref));
    }

    /**
     * Checks that a type of another scope can be brought in with {@code use}: WIT can only {@code use} the types
     * of a named interface, not those of a world or of an import or export such as {@code "I1"} that is not an
     * interface name ({@code wasm-tools component wit} cannot print such components either).
     */
    private TypeRef usable(TypeRef ref) throws WitException {
        if (ref.owner() instanceof TypeOwner.OfInterface(InterfaceRef.Named n)) {
            return ref;
        }
        throw TypeSpace.at(offset, "type `" + ref.name() + "` of `" + ref.owner() + "` is used by `" + scope.owner()
                + "`, which WIT cannot express: only types of named interfaces (ns:pkg/iface) can be used elsewhere");
    }

    private WitException unnamed(String what) {
        return TypeSpace.at(offset, "an anonymous " + what + " type cannot be written in WIT (it needs a name)");
    }

    private TypeRef resource(long index, TypeSpace space) throws WitException {
        Slot s = space.get(index, offset);
        if (s instanceof Slot.Named n) {
            return local(n.ref());
        }
        throw TypeSpace.at(offset, "a handle refers to type " + index + ", which is not a named resource");
    }

    Function function(String externName, Slot.Func f) throws WitException {
        FunctionName fn = FunctionName.parse(externName);
        TypeDef.Func func = f.func();
        List<Param> params = new ArrayList<>();
        for (NamedValType p : func.params()) {
            params.add(new Param(p.name(), type(p.type(), f.space())));
        }
        Optional<WitType> result = opt(func.result(), f.space());
        if (fn.kind() == Function.Kind.METHOD
                && (params.isEmpty() || !(params.get(0).type() instanceof WitType.Borrow b)
                        || !b.resource().name().equals(fn.resource().orElseThrow()))) {
            throw TypeSpace.at(offset, "method `" + externName + "` must take `self: borrow<"
                    + fn.resource().orElseThrow() + ">` first");
        }
        if (fn.kind() == Function.Kind.CONSTRUCTOR && result.isEmpty()) {
            throw TypeSpace.at(offset, "constructor `" + externName + "` must return the resource");
        }
        return new Function(fn.name(), fn.kind(), fn.resource(), func.async() || fn.asyncPrefix(), params, result,
                Stability.UNKNOWN, "");
    }

}
