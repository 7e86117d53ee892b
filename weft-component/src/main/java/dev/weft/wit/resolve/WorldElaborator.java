package dev.weft.wit.resolve;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the interfaces that imported or exported interfaces {@code use} as imports, dependencies first
 * (WIT.md "Transitive imports and worlds"). A dependency of an export that is itself exported stays an export
 * and is ordered before its dependent.
 */
final class WorldElaborator {
    private final Registry registry;

    WorldElaborator(Registry registry) {
        this.registry = registry;
    }

    World elaborate(World w) {
        Map<String, WorldItem> imports = new LinkedHashMap<>();
        for (WorldItem item : w.imports()) {
            switch (item) {
                case WorldItem.InterfaceItem i -> {
                    if (!imports.containsKey(i.externName())) {
                        deps(i.iface()).forEach(d -> addImport(imports, d));
                        imports.put(i.externName(), i);
                    }
                }
                case WorldItem.InlineInterface i -> {
                    deps(i.iface()).forEach(d -> addImport(imports, d));
                    imports.put(i.externName(), i);
                }
                case WorldItem.TypeItem t -> {
                    if (t.type().kind() instanceof TypeDefKind.Use u
                            && u.target().owner() instanceof TypeOwner.OfInterface(InterfaceRef.Named n)) {
                        addImport(imports, n);
                    }
                    imports.put(t.externName(), t);
                }
                case WorldItem.FunctionItem f -> imports.put(f.externName(), f);
            }
        }
        Map<InterfaceRef.Named, WorldItem.InterfaceItem> exportedInterfaces = new LinkedHashMap<>();
        for (WorldItem item : w.exports()) {
            if (item instanceof WorldItem.InterfaceItem i && i.key() instanceof WorldKey.OfInterface) {
                exportedInterfaces.put(i.iface(), i);
            }
        }
        Map<String, WorldItem> exports = new LinkedHashMap<>();
        for (WorldItem item : w.exports()) {
            switch (item) {
                case WorldItem.InterfaceItem i -> addExport(imports, exports, exportedInterfaces, i, new HashSet<>());
                case WorldItem.InlineInterface i -> {
                    for (InterfaceRef.Named d : deps(i.iface())) {
                        exportDependency(imports, exports, exportedInterfaces, d, new HashSet<>());
                    }
                    exports.put(i.externName(), i);
                }
                case WorldItem.FunctionItem f -> exports.put(f.externName(), f);
                case WorldItem.TypeItem t -> exports.put(t.externName(), t);
            }
        }
        return new World(w.pkg(), w.name(), World.canonicalImportOrder(List.copyOf(imports.values())), List.copyOf(exports.values()),
                w.stability(), w.docs());
    }

    private void addExport(Map<String, WorldItem> imports, Map<String, WorldItem> exports,
            Map<InterfaceRef.Named, WorldItem.InterfaceItem> exported, WorldItem.InterfaceItem item,
            Set<InterfaceRef.Named> visiting) {
        if (exports.containsKey(item.externName()) || !visiting.add(item.iface())) {
            return;
        }
        for (InterfaceRef.Named d : deps(item.iface())) {
            exportDependency(imports, exports, exported, d, visiting);
        }
        exports.put(item.externName(), item);
    }

    private void exportDependency(Map<String, WorldItem> imports, Map<String, WorldItem> exports,
            Map<InterfaceRef.Named, WorldItem.InterfaceItem> exported, InterfaceRef.Named dep,
            Set<InterfaceRef.Named> visiting) {
        WorldItem.InterfaceItem asExport = exported.get(dep);
        if (asExport != null) {
            addExport(imports, exports, exported, asExport, visiting);
        } else {
            addImport(imports, dep);
        }
    }

    private void addImport(Map<String, WorldItem> imports, InterfaceRef.Named ref) {
        String key = ref.qualifiedName();
        if (imports.containsKey(key)) {
            return;
        }
        for (InterfaceRef.Named d : deps(ref)) {
            addImport(imports, d);
        }
        imports.putIfAbsent(key, new WorldItem.InterfaceItem(new WorldKey.OfInterface(ref), ref,
                Stability.UNKNOWN, ""));
    }

    private Set<InterfaceRef.Named> deps(InterfaceRef.Named ref) {
        return registry.iface(ref).map(this::deps).orElse(Set.of());
    }

    /** Interfaces whose types {@code iface} uses, in order of first use. */
    Set<InterfaceRef.Named> deps(Interface iface) {
        Set<InterfaceRef.Named> out = new LinkedHashSet<>();
        for (TypeDef t : iface.types()) {
            if (t.kind() instanceof TypeDefKind.Use u
                    && u.target().owner() instanceof TypeOwner.OfInterface(InterfaceRef.Named n)
                    && !n.equals(iface.ref())) {
                out.add(n);
            }
        }
        return out;
    }
}
