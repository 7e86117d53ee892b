package dev.weft.wit.resolve;

import dev.weft.wit.WitException;
import dev.weft.wit.syntax.ImportExportDecl;
import dev.weft.wit.syntax.IncludeDecl;
import dev.weft.wit.syntax.InterfaceMember;
import dev.weft.wit.syntax.Span;
import dev.weft.wit.syntax.TopItem;
import dev.weft.wit.syntax.TypeDecl;
import dev.weft.wit.syntax.UseDecl;
import dev.weft.wit.syntax.WorldMember;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves a world: its own items, then its {@code include}s, then elaboration of transitive imports. */
final class WorldResolver {
    private final PackageName pkg;
    private final Registry registry;
    private final Gates gates;
    private final PathResolver paths;

    WorldResolver(PackageName pkg, Registry registry, Gates gates, PathResolver paths) {
        this.pkg = pkg;
        this.registry = registry;
        this.gates = gates;
        this.paths = paths;
    }

    private static List<dev.weft.wit.syntax.Attribute> attributes(WorldMember m) {
        return switch (m) {
            case UseDecl u -> u.attributes();
            case TypeDecl t -> t.attributes();
            case ImportExportDecl ie -> ie.attributes();
            case IncludeDecl in -> in.attributes();
        };
    }

    World resolve(TopItem.World decl) throws WitException {
        String name = decl.name().name();
        TypeOwner owner = new TypeOwner.OfWorld(pkg, name);
        TypeScope scope = new TypeScope(owner, pkg, registry, gates, paths);
        List<WorldMember> active = new ArrayList<>();
        List<InterfaceMember> typeMembers = new ArrayList<>();
        for (WorldMember m : decl.members()) {
            if (gates.active(attributes(m))) {
                active.add(m);
                if (m instanceof UseDecl || m instanceof TypeDecl) {
                    typeMembers.add((InterfaceMember) m);
                }
            }
        }
        Iterator<TypeDef> types = scope.defineTypes(typeMembers).iterator();
        Map<String, WorldItem> imports = new LinkedHashMap<>();
        Map<String, WorldItem> exports = new LinkedHashMap<>();
        List<IncludeDecl> includes = new ArrayList<>();
        for (WorldMember m : active) {
            switch (m) {
                case UseDecl u -> {
                    for (UseDecl.UseName ignored : u.names()) {
                        WorldItem.TypeItem t = new WorldItem.TypeItem(types.next());
                        put(imports, t, u.span(), "import");
                    }
                }
                case TypeDecl t -> put(imports, new WorldItem.TypeItem(types.next()), t.name().span(), "import");
                case ImportExportDecl ie -> {
                    WorldItem item = item(name, ie, scope);
                    put(ie.export() ? exports : imports, item, ie.span(), ie.export() ? "export" : "import");
                }
                case IncludeDecl in -> includes.add(in);
            }
        }
        for (IncludeDecl in : includes) {
            include(name, in, imports, exports);
        }
        scope.exprs().checkHandles(registry);
        World raw = new World(pkg, name, List.copyOf(imports.values()), List.copyOf(exports.values()),
                gates.stability(decl.attributes(), pkg), decl.docs());
        World world = new WorldElaborator(registry).elaborate(raw);
        registry.addWorld(world);
        return world;
    }

    /** WIT.md "WIT Worlds": import (and export) names are case-insensitively unique. */
    private static void put(Map<String, WorldItem> items, WorldItem item, Span span, String what)
            throws WitException {
        String lower = item.externName().toLowerCase(java.util.Locale.ROOT);
        for (String existing : items.keySet()) {
            if (existing.toLowerCase(java.util.Locale.ROOT).equals(lower)) {
                throw span.error(what + " `" + item.externName() + "` is defined more than once");
            }
        }
        items.put(item.externName(), item);
    }

    private WorldItem item(String world, ImportExportDecl ie, TypeScope scope) throws WitException {
        Stability stability = gates.stability(ie.attributes(), pkg);
        return switch (ie.extern()) {
            case ImportExportDecl.Path p -> {
                InterfaceRef.Named ref = paths.iface(p.path());
                yield new WorldItem.InterfaceItem(new WorldKey.OfInterface(ref), ref, stability, ie.docs());
            }
            case ImportExportDecl.NamedPath p -> new WorldItem.InterfaceItem(
                    new WorldKey.Name(p.name().name()), paths.iface(p.path()), stability, ie.docs());
            case ImportExportDecl.Func f -> new WorldItem.FunctionItem(
                    scope.functions().freestanding(f.name(), f.signature(), stability, ie.docs()));
            case ImportExportDecl.Inline in -> {
                InterfaceRef ref = new InterfaceRef.Inline(pkg, world, in.name().name(), ie.export());
                Interface iface = new InterfaceResolver(pkg, registry, gates, paths)
                        .resolve(ref, in.members(), Stability.UNKNOWN, "");
                yield new WorldItem.InlineInterface(in.name().name(), iface, stability, ie.docs());
            }
        };
    }

    private void include(String world, IncludeDecl in, Map<String, WorldItem> imports,
            Map<String, WorldItem> exports) throws WitException {
        PathResolver.Target target = paths.world(in.world());
        World from = registry.world(target.pkg(), target.name()).orElseThrow(
                () -> in.world().span().error("world `" + target.name() + "` is not resolved yet (include cycle)"));
        Map<String, String> renames = new LinkedHashMap<>();
        for (IncludeDecl.Rename r : in.renames()) {
            String old = r.from().name();
            boolean named = isPlainName(from.imports(), old) || isPlainName(from.exports(), old);
            if (!named) {
                throw r.from().span().error("`" + old + "` is not a plain-named import or export of world `"
                        + from.name() + "`");
            }
            renames.put(old, r.to().name());
        }
        WorldRebase rebase = new WorldRebase(from, pkg, world, renames, renames);
        merge(from.imports(), imports, rebase, renames, in, false);
        merge(from.exports(), exports, rebase, renames, in, true);
    }

    private static boolean isPlainName(List<WorldItem> items, String name) {
        return items.stream().anyMatch(i -> !(i instanceof WorldItem.InterfaceItem ii
                && ii.key() instanceof WorldKey.OfInterface) && i.externName().equals(name));
    }

    private void merge(List<WorldItem> from, Map<String, WorldItem> into, WorldRebase rebase,
            Map<String, String> renames, IncludeDecl in, boolean export) throws WitException {
        for (WorldItem item : from) {
            if (item instanceof WorldItem.InterfaceItem ii && ii.key() instanceof WorldKey.OfInterface) {
                into.putIfAbsent(item.externName(), item);
                continue;
            }
            String plain = plainName(item);
            String newName = renames.getOrDefault(plain, plain);
            WorldItem moved = rebase.item(item, newName, export);
            if (into.containsKey(moved.externName())) {
                throw in.span().error((export ? "export" : "import") + " `" + moved.externName()
                        + "` of included world conflicts with an existing one; rename it with `with { "
                        + plain + " as ... }`");
            }
            into.put(moved.externName(), moved);
            registerMoved(moved, rebase);
        }
    }

    private static String plainName(WorldItem item) {
        return switch (item) {
            case WorldItem.FunctionItem f -> f.function().name();
            case WorldItem.TypeItem t -> t.type().name();
            case WorldItem.InlineInterface i -> i.name();
            case WorldItem.InterfaceItem i -> i.externName();
        };
    }

    private void registerMoved(WorldItem moved, WorldRebase rebase) {
        switch (moved) {
            case WorldItem.TypeItem t -> registry.addType(new TypeRef(rebase.owner(), t.type().name()), t.type());
            case WorldItem.InlineInterface i -> registry.addInterface(i.iface());
            case WorldItem.FunctionItem f -> { }
            case WorldItem.InterfaceItem i -> { }
        }
    }
}
