package dev.weft.wit.resolve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Everything resolved so far, so later interfaces, worlds and packages can refer to it. */
final class Registry {
    private final Map<InterfaceRef, Interface> interfaces = new HashMap<>();
    private final Map<PackageName, Map<String, World>> worlds = new HashMap<>();
    private final Map<TypeRef, TypeDef> types = new HashMap<>();
    private final Map<PackageName, WitPackage> packages = new LinkedHashMap<>();

    void addInterface(Interface iface) {
        interfaces.put(iface.ref(), iface);
        TypeOwner owner = new TypeOwner.OfInterface(iface.ref());
        iface.types().forEach(t -> addType(new TypeRef(owner, t.name()), t));
    }

    void addType(TypeRef ref, TypeDef def) {
        types.put(ref, def);
    }

    void addWorld(World world) {
        worlds.computeIfAbsent(world.pkg(), k -> new HashMap<>()).put(world.name(), world);
    }

    void addPackage(WitPackage pkg) {
        packages.put(pkg.name(), pkg);
    }

    boolean hasPackage(PackageName name) {
        return packages.containsKey(name);
    }

    Optional<WitPackage> pkg(PackageName name) {
        return Optional.ofNullable(packages.get(name));
    }

    Optional<Interface> iface(InterfaceRef ref) {
        return Optional.ofNullable(interfaces.get(ref));
    }

    Optional<World> world(PackageName pkg, String name) {
        return Optional.ofNullable(worlds.getOrDefault(pkg, Map.of()).get(name));
    }

    Optional<TypeDef> type(TypeRef ref) {
        return Optional.ofNullable(types.get(ref));
    }

    /** Follows {@code use}s and aliases of named types; empty when a link is missing. */
    Optional<TypeDef> underlying(TypeRef ref) {
        TypeRef current = ref;
        for (int guard = 0; guard < 10_000; guard++) {
            TypeDef def = types.get(current);
            if (def == null) {
                return Optional.empty();
            }
            switch (def.kind()) {
                case TypeDefKind.Use use -> current = use.target();
                case TypeDefKind.Alias(WitType.Named(TypeRef next)) -> current = next;
                default -> {
                    return Optional.of(def);
                }
            }
        }
        return Optional.empty();
    }

    boolean isResource(TypeRef ref) {
        return underlying(ref).map(d -> d.kind() instanceof TypeDefKind.Resource).orElse(false);
    }
}
