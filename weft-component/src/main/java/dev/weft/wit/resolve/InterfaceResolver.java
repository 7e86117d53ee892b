package dev.weft.wit.resolve;

import dev.weft.wit.WitException;
import dev.weft.wit.syntax.Attribute;
import dev.weft.wit.syntax.FuncDecl;
import dev.weft.wit.syntax.InterfaceMember;
import dev.weft.wit.syntax.TypeDecl;
import dev.weft.wit.syntax.UseDecl;
import java.util.ArrayList;
import java.util.List;

/** Resolves the body of an interface (top-level or inline in a world) and registers it. */
final class InterfaceResolver {
    private final PackageName pkg;
    private final Registry registry;
    private final Gates gates;
    private final PathResolver paths;

    InterfaceResolver(PackageName pkg, Registry registry, Gates gates, PathResolver paths) {
        this.pkg = pkg;
        this.registry = registry;
        this.gates = gates;
        this.paths = paths;
    }

    static List<Attribute> attributes(InterfaceMember m) {
        return switch (m) {
            case UseDecl u -> u.attributes();
            case TypeDecl t -> t.attributes();
            case FuncDecl f -> f.attributes();
        };
    }

    Interface resolve(InterfaceRef ref, List<InterfaceMember> members, Stability stability, String docs)
            throws WitException {
        TypeScope scope = new TypeScope(new TypeOwner.OfInterface(ref), pkg, registry, gates, paths);
        List<InterfaceMember> active = new ArrayList<>();
        for (InterfaceMember m : members) {
            if (gates.active(attributes(m))) {
                active.add(m);
            }
        }
        List<TypeDef> types = scope.defineTypes(active);
        List<Function> functions = new ArrayList<>();
        for (InterfaceMember m : active) {
            if (m instanceof FuncDecl f) {
                scope.claim(f.name(), "name");
                functions.add(scope.functions().freestanding(f.name(), f.signature(),
                        gates.stability(f.attributes(), pkg), f.docs()));
            }
        }
        scope.exprs().checkHandles(registry);
        Interface iface = new Interface(ref, types, functions, stability, docs);
        registry.addInterface(iface);
        return iface;
    }
}
