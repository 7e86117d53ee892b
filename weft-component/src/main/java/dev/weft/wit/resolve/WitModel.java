package dev.weft.wit.resolve;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ValueType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A set of resolved WIT packages (like wit-parser's {@code Resolve}), dependencies before dependents. Two models
 * are equal when their packages are equal; names, not identities, link the parts, so a model re-read from its
 * printed text compares equal to the original.
 */
public final class WitModel {
    private final List<WitPackage> packages;
    private final Map<PackageName, WitPackage> byName = new LinkedHashMap<>();
    private final Map<InterfaceRef, Interface> interfaces = new HashMap<>();
    private final Map<TypeRef, TypeDef> types = new HashMap<>();
    private final Map<TypeRef, ResourceType> resourceTypes = new ConcurrentHashMap<>();

    public WitModel(List<WitPackage> packages) {
        this.packages = List.copyOf(packages);
        for (WitPackage p : this.packages) {
            byName.put(p.name(), p);
            p.interfaces().forEach(this::index);
            for (World w : p.worlds()) {
                TypeOwner owner = new TypeOwner.OfWorld(p.name(), w.name());
                for (WorldItem item : w.imports()) {
                    indexWorldItem(owner, item);
                }
                for (WorldItem item : w.exports()) {
                    indexWorldItem(owner, item);
                }
            }
        }
    }

    private void index(Interface i) {
        interfaces.put(i.ref(), i);
        TypeOwner owner = new TypeOwner.OfInterface(i.ref());
        for (TypeDef t : i.types()) {
            types.put(new TypeRef(owner, t.name()), t);
        }
    }

    private void indexWorldItem(TypeOwner owner, WorldItem item) {
        switch (item) {
            case WorldItem.InlineInterface inline -> index(inline.iface());
            case WorldItem.TypeItem t -> types.put(new TypeRef(owner, t.type().name()), t.type());
            case WorldItem.InterfaceItem ignored -> { }
            case WorldItem.FunctionItem ignored -> { }
        }
    }

    public List<WitPackage> packages() {
        return packages;
    }

    public Optional<WitPackage> pkg(PackageName name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<Interface> iface(InterfaceRef ref) {
        return Optional.ofNullable(interfaces.get(ref));
    }

    public Optional<World> world(PackageName pkg, String name) {
        return pkg(pkg).flatMap(p -> p.world(name));
    }

    /**
     * Picks a world as WIT.md "Specifying a World" describes: with no {@code spec}, the root package's only
     * world; a plain name selects a world of the root package; {@code ns:pkg/world@version} any loaded world.
     */
    public World selectWorld(PackageName root, Optional<String> spec) throws dev.weft.wit.WitException {
        dev.weft.wit.SourceLocation where = dev.weft.wit.SourceLocation.of(spec.orElse("<default world>"));
        WitPackage rootPkg = pkg(root).orElseThrow(
                () -> new dev.weft.wit.WitException(where, "package `" + root + "` is not loaded"));
        if (spec.isEmpty()) {
            if (rootPkg.worlds().size() != 1) {
                throw new dev.weft.wit.WitException(where, "package `" + root + "` has " + rootPkg.worlds().size()
                        + " worlds; name the one to use");
            }
            return rootPkg.worlds().get(0);
        }
        String s = spec.get();
        int slash = s.indexOf('/');
        if (s.indexOf(':') < 0 || slash < 0) {
            return rootPkg.world(s).orElseThrow(() -> new dev.weft.wit.WitException(where,
                    "world `" + s + "` is not defined in package `" + root + "`"));
        }
        int at = s.indexOf('@', slash);
        String worldName = at < 0 ? s.substring(slash + 1) : s.substring(slash + 1, at);
        PackageName pn = PackageName.parse(s.substring(0, slash) + (at < 0 ? "" : s.substring(at)));
        return world(pn, worldName).orElseThrow(() -> new dev.weft.wit.WitException(where,
                "world `" + worldName + "` not found in package `" + pn + "`"));
    }

    public Optional<TypeDef> typeDef(TypeRef ref) {
        return Optional.ofNullable(types.get(ref));
    }

    /** Follows {@code use} and {@code type a = b} links from {@code ref} to the definition that gives its shape. */
    public TypeRef underlying(TypeRef ref) {
        TypeRef current = ref;
        for (int guard = 0; guard < 10_000; guard++) {
            TypeDef def = typeDef(current).orElseThrow(
                    () -> new IllegalArgumentException("unknown type " + ref));
            switch (def.kind()) {
                case TypeDefKind.Use use -> current = use.target();
                case TypeDefKind.Alias(WitType.Named(TypeRef next)) -> current = next;
                default -> {
                    return current;
                }
            }
        }
        throw new IllegalStateException("type alias cycle at " + ref);
    }

    /** True when {@code ref} resolves to a resource definition. */
    public boolean isResource(TypeRef ref) {
        return typeDef(underlying(ref)).map(d -> d.kind() instanceof TypeDefKind.Resource).orElse(false);
    }

    /** The structural component-model type of {@code type}; names of records and the like are dropped. */
    public ValueType toValueType(WitType type) {
        return new ValueTypeConverter(this).convert(type);
    }

    public FuncType toFuncType(Function f) {
        return new ValueTypeConverter(this).convert(f);
    }

    /** The resource type of a resource definition; one per definition and model, so identity is stable. */
    public ResourceType resourceType(TypeRef resource) {
        TypeRef def = underlying(resource);
        return resourceTypes.computeIfAbsent(def, r -> new ResourceType(r.name()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WitModel m && packages.equals(m.packages);
    }

    @Override
    public int hashCode() {
        return packages.hashCode();
    }

    @Override
    public String toString() {
        return "WitModel" + byName.keySet();
    }
}
