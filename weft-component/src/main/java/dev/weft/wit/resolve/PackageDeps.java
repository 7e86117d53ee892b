package dev.weft.wit.resolve;

import dev.weft.wit.WitException;
import dev.weft.wit.syntax.ImportExportDecl;
import dev.weft.wit.syntax.IncludeDecl;
import dev.weft.wit.syntax.InterfaceMember;
import dev.weft.wit.syntax.Span;
import dev.weft.wit.syntax.TopItem;
import dev.weft.wit.syntax.TypeDecl;
import dev.weft.wit.syntax.UseDecl;
import dev.weft.wit.syntax.UsePath;
import dev.weft.wit.syntax.WorldMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lists the other packages a package's text refers to, each with the span of its first mention. */
final class PackageDeps {
    record Dep(PackageName pkg, Span span) {
    }

    private final List<Dep> deps = new ArrayList<>();
    private PathResolver paths;

    static List<Dep> of(PackageUnit unit, Map<String, PathResolver.Kind> decls, Registry registry)
            throws WitException {
        PackageDeps d = new PackageDeps();
        for (PackageUnit.Part part : unit.parts) {
            d.paths = new PathResolver(unit.name, decls, registry, part);
            for (TopItem.Use u : part.uses()) {
                d.path(u.path());
            }
            for (TopItem item : part.items()) {
                switch (item) {
                    case TopItem.Interface i -> d.members(i.members());
                    case TopItem.World w -> d.world(w.members());
                    case TopItem.Use u -> d.path(u.path());
                    case TopItem.NestedPackage n -> { }
                }
            }
        }
        return d.deps;
    }

    private void path(UsePath p) {
        paths.foreignPackage(p).ifPresent(pkg -> deps.add(new Dep(pkg, p.span())));
    }

    private void members(List<InterfaceMember> members) {
        for (InterfaceMember m : members) {
            if (m instanceof UseDecl u) {
                path(u.path());
            }
        }
    }

    private void world(List<WorldMember> members) {
        for (WorldMember m : members) {
            switch (m) {
                case UseDecl u -> path(u.path());
                case IncludeDecl in -> path(in.world());
                case ImportExportDecl ie -> {
                    switch (ie.extern()) {
                        case ImportExportDecl.Path p -> path(p.path());
                        case ImportExportDecl.NamedPath p -> path(p.path());
                        case ImportExportDecl.Inline in -> members(in.members());
                        case ImportExportDecl.Func f -> { }
                    }
                }
                case TypeDecl t -> { }
            }
        }
    }
}
