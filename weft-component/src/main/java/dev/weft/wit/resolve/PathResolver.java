package dev.weft.wit.resolve;

import dev.weft.wit.WitException;
import dev.weft.wit.syntax.Ident;
import dev.weft.wit.syntax.TopItem;
import dev.weft.wit.syntax.UsePath;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves use-paths within one part of a package: bare names go through the part's top-level {@code use}
 * aliases, then the package's own interfaces and worlds; qualified names go to already resolved packages.
 */
final class PathResolver {
    enum Kind { INTERFACE, WORLD }

    /** Where a path points: a package and an item name in it. */
    record Target(PackageName pkg, String name, Kind kind) {
    }

    private final PackageName current;
    private final Map<String, Kind> localDecls;
    private final Registry registry;
    private final Map<String, UsePath> aliases = new HashMap<>();

    PathResolver(PackageName current, Map<String, Kind> localDecls, Registry registry, PackageUnit.Part part)
            throws WitException {
        this.current = current;
        this.localDecls = localDecls;
        this.registry = registry;
        for (TopItem.Use use : part.uses()) {
            Ident local = use.local();
            if (aliases.putIfAbsent(local.name(), use.path()) != null) {
                throw local.span().error("name `" + local.name() + "` is defined by more than one top-level `use`");
            }
        }
    }

    /** The same-package item a path names, if it names one (used to order items within a package). */
    Optional<String> localTarget(UsePath path) {
        return switch (path) {
            case UsePath.Local l -> {
                UsePath alias = aliases.get(l.name().name());
                if (alias != null && alias != path) {
                    yield localTarget(alias);
                }
                yield localDecls.containsKey(l.name().name()) ? Optional.of(l.name().name()) : Optional.empty();
            }
            case UsePath.Foreign f -> PackageUnit.nameOf(f.pkg()).equals(current)
                    ? Optional.of(f.name().name()) : Optional.empty();
        };
    }

    /** The other package a path names, if any (used to order packages). */
    Optional<PackageName> foreignPackage(UsePath path) {
        return switch (path) {
            case UsePath.Local l -> {
                UsePath alias = aliases.get(l.name().name());
                yield alias instanceof UsePath.Foreign ? foreignPackage(alias) : Optional.empty();
            }
            case UsePath.Foreign f -> {
                PackageName pn = PackageUnit.nameOf(f.pkg());
                yield pn.equals(current) ? Optional.empty() : Optional.of(pn);
            }
        };
    }

    Target target(UsePath path) throws WitException {
        switch (path) {
            case UsePath.Local l -> {
                String name = l.name().name();
                UsePath alias = aliases.get(name);
                if (alias != null) {
                    return target(alias);
                }
                Kind kind = localDecls.get(name);
                if (kind == null) {
                    throw l.span().error("interface or world `" + name + "` is not defined in package `"
                            + current + "`");
                }
                return new Target(current, name, kind);
            }
            case UsePath.Foreign f -> {
                PackageName pn = PackageUnit.nameOf(f.pkg());
                String name = f.name().name();
                if (pn.equals(current)) {
                    return target(new UsePath.Local(f.name()));
                }
                WitPackage pkg = registry.pkg(pn).orElseThrow(
                        () -> f.pkg().span().error("package `" + pn + "` not found"));
                if (pkg.iface(name).isPresent()) {
                    return new Target(pn, name, Kind.INTERFACE);
                }
                if (pkg.world(name).isPresent()) {
                    return new Target(pn, name, Kind.WORLD);
                }
                throw f.name().span().error("interface or world `" + name + "` not found in package `" + pn + "`");
            }
        }
    }

    InterfaceRef.Named iface(UsePath path) throws WitException {
        Target t = target(path);
        if (t.kind() != Kind.INTERFACE) {
            throw path.span().error("`" + t.name() + "` is a world, not an interface");
        }
        return new InterfaceRef.Named(t.pkg(), t.name());
    }

    Target world(UsePath path) throws WitException {
        Target t = target(path);
        if (t.kind() != Kind.WORLD) {
            throw path.span().error("`" + t.name() + "` is an interface, not a world");
        }
        return t;
    }
}
