package dev.weft.wit.resolve;

import dev.weft.wit.WitException;
import dev.weft.wit.syntax.TypeDecl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rejects type definitions that contain themselves (WIT.md "Name resolution"). Handles do not count. */
final class TypeCycleCheck {
    private enum Mark { VISITING, DONE }

    private final TypeOwner owner;
    private final Map<String, TypeDecl> decls;
    private final Map<String, TypeDef> defs = new HashMap<>();
    private final Map<String, Mark> marks = new HashMap<>();

    TypeCycleCheck(TypeOwner owner, Map<String, TypeDecl> decls) {
        this.owner = owner;
        this.decls = decls;
    }

    void check(List<TypeDef> all) throws WitException {
        all.forEach(d -> defs.put(d.name(), d));
        for (TypeDef d : all) {
            visit(d.name());
        }
    }

    private void visit(String name) throws WitException {
        Mark m = marks.get(name);
        if (m == Mark.DONE) {
            return;
        }
        if (m == Mark.VISITING) {
            throw decls.get(name).name().span().error("type `" + name + "` refers to itself");
        }
        TypeDef def = defs.get(name);
        if (def == null || !decls.containsKey(name)) {
            marks.put(name, Mark.DONE);
            return;
        }
        marks.put(name, Mark.VISITING);
        switch (def.kind()) {
            case TypeDefKind.Alias a -> edges(a.type());
            case TypeDefKind.Record r -> {
                for (TypeDefKind.Field f : r.fields()) {
                    edges(f.type());
                }
            }
            case TypeDefKind.Variant v -> {
                for (TypeDefKind.Case c : v.cases()) {
                    edgesOpt(c.payload());
                }
            }
            case TypeDefKind.Use u -> { }
            case TypeDefKind.Enum e -> { }
            case TypeDefKind.Flags f -> { }
            case TypeDefKind.Resource r -> { }
        }
        marks.put(name, Mark.DONE);
    }

    private void edgesOpt(Optional<WitType> t) throws WitException {
        if (t.isPresent()) {
            edges(t.get());
        }
    }

    private void edges(WitType t) throws WitException {
        switch (t) {
            case WitType.Named n -> {
                if (n.ref().owner().equals(owner)) {
                    visit(n.ref().name());
                }
            }
            case WitType.Primitive p -> { }
            case WitType.Borrow b -> { }
            case WitType.ListOf l -> edges(l.element());
            case WitType.FixedListOf l -> edges(l.element());
            case WitType.MapOf mp -> {
                edges(mp.key());
                edges(mp.value());
            }
            case WitType.TupleOf tu -> {
                for (WitType e : tu.elements()) {
                    edges(e);
                }
            }
            case WitType.OptionOf o -> edges(o.some());
            case WitType.ResultOf r -> {
                edgesOpt(r.ok());
                edgesOpt(r.err());
            }
            case WitType.FutureOf f -> edgesOpt(f.element());
            case WitType.StreamOf s -> edgesOpt(s.element());
        }
    }
}
