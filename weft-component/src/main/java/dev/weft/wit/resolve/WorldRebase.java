package dev.weft.wit.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies items of an included world into the including world: references to the included world's own types
 * and inline interfaces are rewritten to the including world (and to renamed items), so the result reads the
 * same as if the items had been written there.
 */
final class WorldRebase {
    private final PackageName fromPkg;
    private final String fromWorld;
    private final PackageName toPkg;
    private final String toWorld;
    private final Map<String, String> importNames;
    private final Map<String, String> exportNames;

    WorldRebase(World from, PackageName toPkg, String toWorld, Map<String, String> importNames,
            Map<String, String> exportNames) {
        this.fromPkg = from.pkg();
        this.fromWorld = from.name();
        this.toPkg = toPkg;
        this.toWorld = toWorld;
        this.importNames = importNames;
        this.exportNames = exportNames;
    }

    TypeOwner owner() {
        return new TypeOwner.OfWorld(toPkg, toWorld);
    }

    WorldItem item(WorldItem item, String newName, boolean export) {
        return switch (item) {
            case WorldItem.InterfaceItem i -> i.key() instanceof WorldKey.Name
                    ? new WorldItem.InterfaceItem(new WorldKey.Name(newName), i.iface(), i.stability(), i.docs()) : i;
            case WorldItem.InlineInterface i -> new WorldItem.InlineInterface(newName,
                    iface(i.iface(), new InterfaceRef.Inline(toPkg, toWorld, newName, export)), i.stability(),
                    i.docs());
            case WorldItem.FunctionItem f -> new WorldItem.FunctionItem(function(f.function(), newName));
            case WorldItem.TypeItem t -> new WorldItem.TypeItem(def(t.type(), newName));
        };
    }

    private Interface iface(Interface i, InterfaceRef ref) {
        return new Interface(ref, i.types().stream().map(t -> def(t, t.name())).toList(),
                i.functions().stream().map(f -> function(f, f.name())).toList(), i.stability(), i.docs());
    }

    private TypeDef def(TypeDef d, String name) {
        TypeDefKind kind = switch (d.kind()) {
            case TypeDefKind.Alias a -> new TypeDefKind.Alias(type(a.type()));
            case TypeDefKind.Use u -> new TypeDefKind.Use(ref(u.target()));
            case TypeDefKind.Record r -> new TypeDefKind.Record(r.fields().stream()
                    .map(f -> new TypeDefKind.Field(f.name(), type(f.type()), f.docs())).toList());
            case TypeDefKind.Variant v -> new TypeDefKind.Variant(v.cases().stream()
                    .map(c -> new TypeDefKind.Case(c.name(), opt(c.payload()), c.docs())).toList());
            case TypeDefKind.Enum e -> e;
            case TypeDefKind.Flags f -> f;
            case TypeDefKind.Resource r -> new TypeDefKind.Resource(r.functions().stream()
                    .map(f -> function(f, f.name())).toList());
        };
        return new TypeDef(name, kind, d.stability(), d.docs());
    }

    private Function function(Function f, String name) {
        List<Param> params = f.params().stream().map(p -> new Param(p.name(), type(p.type()))).toList();
        return new Function(name, f.kind(), f.resource(), f.async(), params, opt(f.result()), f.stability(),
                f.docs());
    }

    private Optional<WitType> opt(Optional<WitType> t) {
        return t.map(this::type);
    }

    TypeRef ref(TypeRef r) {
        return switch (r.owner()) {
            case TypeOwner.OfWorld w when w.pkg().equals(fromPkg) && w.world().equals(fromWorld) ->
                    new TypeRef(owner(), importNames.getOrDefault(r.name(), r.name()));
            case TypeOwner.OfInterface(InterfaceRef.Inline in)
                    when in.pkg().equals(fromPkg) && in.world().equals(fromWorld) -> {
                Map<String, String> names = in.export() ? exportNames : importNames;
                InterfaceRef.Inline moved = new InterfaceRef.Inline(toPkg, toWorld,
                        names.getOrDefault(in.item(), in.item()), in.export());
                yield new TypeRef(new TypeOwner.OfInterface(moved), r.name());
            }
            default -> r;
        };
    }

    WitType type(WitType t) {
        return switch (t) {
            case WitType.Primitive p -> p;
            case WitType.Named n -> new WitType.Named(ref(n.ref()));
            case WitType.ListOf l -> new WitType.ListOf(type(l.element()));
            case WitType.FixedListOf l -> new WitType.FixedListOf(type(l.element()), l.length());
            case WitType.MapOf m -> new WitType.MapOf(type(m.key()), type(m.value()));
            case WitType.TupleOf tu -> new WitType.TupleOf(tu.elements().stream().map(this::type).toList());
            case WitType.OptionOf o -> new WitType.OptionOf(type(o.some()));
            case WitType.ResultOf r -> new WitType.ResultOf(opt(r.ok()), opt(r.err()));
            case WitType.Borrow b -> new WitType.Borrow(ref(b.resource()));
            case WitType.FutureOf f -> new WitType.FutureOf(opt(f.element()));
            case WitType.StreamOf s -> new WitType.StreamOf(opt(s.element()));
        };
    }
}
