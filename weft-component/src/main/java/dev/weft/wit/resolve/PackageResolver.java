package dev.weft.wit.resolve;

import dev.weft.wit.WitException;
import dev.weft.wit.syntax.IncludeDecl;
import dev.weft.wit.syntax.InterfaceMember;
import dev.weft.wit.syntax.TopItem;
import dev.weft.wit.syntax.UseDecl;
import dev.weft.wit.syntax.UsePath;
import dev.weft.wit.syntax.WorldMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves one package: interfaces in an order where every {@code use}d interface comes first, then worlds in
 * an order where every included world comes first. The package keeps declaration order.
 */
final class PackageResolver {
    private final PackageUnit unit;
    private final Registry registry;
    private final Gates gates;
    private final Map<String, PathResolver.Kind> decls = new HashMap<>();
    private final Map<String, TopItem.Interface> interfaces = new LinkedHashMap<>();
    private final Map<String, TopItem.World> worlds = new LinkedHashMap<>();
    private final Map<String, PathResolver> pathsOf = new HashMap<>();
    private final Map<String, Interface> resolvedInterfaces = new HashMap<>();
    private final Map<String, World> resolvedWorlds = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    PackageResolver(PackageUnit unit, Registry registry, Gates gates) {
        this.unit = unit;
        this.registry = registry;
        this.gates = gates;
    }

    static Map<String, PathResolver.Kind> declarations(PackageUnit unit, Gates gates) throws WitException {
        Map<String, PathResolver.Kind> out = new HashMap<>();
        for (PackageUnit.Part part : unit.parts) {
            for (TopItem item : part.items()) {
                switch (item) {
                    case TopItem.Interface i -> {
                        if (gates.active(i.attributes()) && out.put(i.name().name(), PathResolver.Kind.INTERFACE) != null) {
                            throw i.name().span().error("`" + i.name().name() + "` is defined more than once in package `"
                                    + unit.name + "`");
                        }
                    }
                    case TopItem.World w -> {
                        if (gates.active(w.attributes()) && out.put(w.name().name(), PathResolver.Kind.WORLD) != null) {
                            throw w.name().span().error("`" + w.name().name() + "` is defined more than once in package `"
                                    + unit.name + "`");
                        }
                    }
                    case TopItem.Use u -> { }
                    case TopItem.NestedPackage n -> { }
                }
            }
        }
        return out;
    }

    WitPackage resolve() throws WitException {
        decls.putAll(declarations(unit, gates));
        for (PackageUnit.Part part : unit.parts) {
            PathResolver paths = new PathResolver(unit.name, decls, registry, part);
            for (TopItem item : part.items()) {
                switch (item) {
                    case TopItem.Interface i when gates.active(i.attributes()) -> {
                        interfaces.put(i.name().name(), i);
                        pathsOf.put(i.name().name(), paths);
                    }
                    case TopItem.World w when gates.active(w.attributes()) -> {
                        worlds.put(w.name().name(), w);
                        pathsOf.put(w.name().name(), paths);
                    }
                    default -> { }
                }
            }
        }
        for (String name : interfaces.keySet()) {
            resolveInterface(name, Optional.empty());
        }
        for (String name : worlds.keySet()) {
            resolveWorld(name, Optional.empty());
        }
        List<Interface> ifaceList = new ArrayList<>();
        interfaces.keySet().forEach(n -> ifaceList.add(resolvedInterfaces.get(n)));
        List<World> worldList = new ArrayList<>();
        worlds.keySet().forEach(n -> worldList.add(resolvedWorlds.get(n)));
        WitPackage pkg = new WitPackage(unit.name, unit.docs, ifaceList, worldList);
        registry.addPackage(pkg);
        return pkg;
    }

    private void resolveInterface(String name, Optional<UsePath> from) throws WitException {
        if (resolvedInterfaces.containsKey(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw from.orElseThrow().span().error("interface `" + name + "` depends on itself through `use`");
        }
        TopItem.Interface decl = interfaces.get(name);
        PathResolver paths = pathsOf.get(name);
        for (InterfaceMember m : decl.members()) {
            if (m instanceof UseDecl u && gates.active(u.attributes())) {
                Optional<String> local = paths.localTarget(u.path());
                if (local.isPresent() && interfaces.containsKey(local.get())) {
                    resolveInterface(local.get(), Optional.of(u.path()));
                }
            }
        }
        InterfaceRef.Named ref = new InterfaceRef.Named(unit.name, name);
        Interface iface = new InterfaceResolver(unit.name, registry, gates, paths).resolve(ref, decl.members(),
                gates.stability(decl.attributes(), unit.name), decl.docs());
        resolvedInterfaces.put(name, iface);
        visiting.remove(name);
    }

    private void resolveWorld(String name, Optional<UsePath> from) throws WitException {
        if (resolvedWorlds.containsKey(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw from.orElseThrow().span().error("world `" + name + "` includes itself");
        }
        TopItem.World decl = worlds.get(name);
        PathResolver paths = pathsOf.get(name);
        for (WorldMember m : decl.members()) {
            if (m instanceof IncludeDecl in && gates.active(in.attributes())) {
                Optional<String> local = paths.localTarget(in.world());
                if (local.isPresent() && worlds.containsKey(local.get())) {
                    resolveWorld(local.get(), Optional.of(in.world()));
                }
            }
        }
        resolvedWorlds.put(name, new WorldResolver(unit.name, registry, gates, paths).resolve(decl));
        visiting.remove(name);
    }
}
