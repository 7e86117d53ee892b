package dev.weft.wit.resolve;

import dev.weft.wit.WitException;
import dev.weft.wit.syntax.FuncDecl;
import dev.weft.wit.syntax.Ident;
import dev.weft.wit.syntax.InterfaceMember;
import dev.weft.wit.syntax.TypeDecl;
import dev.weft.wit.syntax.UseDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names of one interface or world: {@code use}d types, type definitions and functions, which share one
 * namespace. Resolves the type definitions and checks them for duplicates, cycles and bad handles.
 */
final class TypeScope {
    private final TypeOwner owner;
    private final PackageName pkg;
    private final Registry registry;
    private final Gates gates;
    private final PathResolver paths;
    private final Map<String, TypeRef> names = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final TypeExprResolver exprs = new TypeExprResolver(names);
    private final FunctionResolver functions = new FunctionResolver(exprs);

    TypeScope(TypeOwner owner, PackageName pkg, Registry registry, Gates gates, PathResolver paths) {
        this.owner = owner;
        this.pkg = pkg;
        this.registry = registry;
        this.gates = gates;
        this.paths = paths;
    }

    /** Reserves a name in the shared namespace of types and functions. */
    void claim(Ident name, String what) throws WitException {
        if (!taken.add(name.name())) {
            throw name.span().error(what + " `" + name.name() + "` is defined more than once");
        }
    }

    FunctionResolver functions() {
        return functions;
    }

    TypeExprResolver exprs() {
        return exprs;
    }

    /**
     * Resolves the {@code use}s and type definitions among {@code members} (others are ignored), in source order,
     * and registers them. Inactive (feature-gated) members must already be filtered out.
     */
    List<TypeDef> defineTypes(List<? extends InterfaceMember> members) throws WitException {
        List<TypeDef> defs = new ArrayList<>();
        Map<String, TypeDecl> decls = new HashMap<>();
        for (InterfaceMember m : members) {
            switch (m) {
                case UseDecl u -> defs.addAll(use(u));
                case TypeDecl t -> {
                    claim(t.name(), "name");
                    names.put(t.name().name(), new TypeRef(owner, t.name().name()));
                    decls.put(t.name().name(), t);
                    defs.add(null);
                }
                case FuncDecl f -> { }
            }
        }
        int i = 0;
        for (InterfaceMember m : members) {
            if (m instanceof TypeDecl t) {
                while (defs.get(i) != null) {
                    i++;
                }
                defs.set(i, define(t));
            }
        }
        for (TypeDef d : defs) {
            registry.addType(new TypeRef(owner, d.name()), d);
        }
        new TypeCycleCheck(owner, decls).check(defs);
        exprs.checkHandles(registry);
        return defs;
    }

    private List<TypeDef> use(UseDecl u) throws WitException {
        InterfaceRef.Named target = paths.iface(u.path());
        Interface iface = registry.iface(target).orElseThrow(
                () -> u.path().span().error("interface `" + target + "` is not resolved yet (cycle in `use`)"));
        Stability stability = gates.stability(u.attributes(), pkg);
        List<TypeDef> out = new ArrayList<>();
        for (UseDecl.UseName n : u.names()) {
            if (iface.type(n.name().name()).isEmpty()) {
                throw n.name().span().error("type `" + n.name().name() + "` is not defined in interface `"
                        + target + "`");
            }
            Ident local = n.local();
            claim(local, "name");
            names.put(local.name(), new TypeRef(owner, local.name()));
            TypeRef ref = new TypeRef(new TypeOwner.OfInterface(target), n.name().name());
            out.add(new TypeDef(local.name(), new TypeDefKind.Use(ref), stability, ""));
        }
        return out;
    }

    private TypeDef define(TypeDecl t) throws WitException {
        Stability stability = gates.stability(t.attributes(), pkg);
        TypeDefKind kind = switch (t) {
            case TypeDecl.AliasDecl a -> new TypeDefKind.Alias(exprs.resolve(a.type()));
            case TypeDecl.RecordDecl r -> {
                List<TypeDefKind.Field> fields = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (TypeDecl.Field f : r.fields()) {
                    unique(seen, f.name(), "field");
                    fields.add(new TypeDefKind.Field(f.name().name(), exprs.resolve(f.type()), f.docs()));
                }
                yield new TypeDefKind.Record(fields);
            }
            case TypeDecl.VariantDecl v -> {
                if (v.cases().isEmpty()) {
                    throw v.name().span().error("variant `" + v.name().name() + "` must have at least one case");
                }
                List<TypeDefKind.Case> cases = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (TypeDecl.Case c : v.cases()) {
                    unique(seen, c.name(), "case");
                    Optional<WitType> payload = c.payload().isPresent()
                            ? Optional.of(exprs.resolve(c.payload().get())) : Optional.empty();
                    cases.add(new TypeDefKind.Case(c.name().name(), payload, c.docs()));
                }
                yield new TypeDefKind.Variant(cases);
            }
            case TypeDecl.EnumDecl e -> {
                if (e.cases().isEmpty()) {
                    throw e.name().span().error("enum `" + e.name().name() + "` must have at least one case");
                }
                yield new TypeDefKind.Enum(labels(e.cases(), "case"));
            }
            case TypeDecl.FlagsDecl f -> new TypeDefKind.Flags(labels(f.flags(), "flag"));
            case TypeDecl.ResourceDecl r -> resource(r);
        };
        return new TypeDef(t.name().name(), kind, stability, t.docs());
    }

    private List<TypeDefKind.Label> labels(List<TypeDecl.Label> in, String what) throws WitException {
        List<TypeDefKind.Label> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TypeDecl.Label l : in) {
            unique(seen, l.name(), what);
            out.add(new TypeDefKind.Label(l.name().name(), l.docs()));
        }
        return out;
    }

    private static void unique(Set<String> seen, Ident name, String what) throws WitException {
        if (!seen.add(name.name())) {
            throw name.span().error(what + " `" + name.name() + "` is defined more than once");
        }
    }

    private TypeDefKind resource(TypeDecl.ResourceDecl r) throws WitException {
        TypeRef self = new TypeRef(owner, r.name().name());
        List<Function> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean constructor = false;
        for (TypeDecl.ResourceFunc f : r.functions()) {
            if (!gates.active(f.attributes())) {
                continue;
            }
            switch (f) {
                case TypeDecl.Constructor c -> {
                    if (constructor) {
                        throw c.signature().span().error("resource `" + r.name().name()
                                + "` has more than one constructor");
                    }
                    constructor = true;
                }
                case TypeDecl.Method m -> unique(seen, m.name(), "function");
                case TypeDecl.Static s -> unique(seen, s.name(), "function");
            }
            out.add(functions.resourceFunction(self, f, gates.stability(f.attributes(), pkg)));
        }
        return new TypeDefKind.Resource(out);
    }
}
