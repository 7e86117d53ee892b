package dev.weft.wit.resolve;

import dev.weft.wit.WitException;
import dev.weft.wit.syntax.Ident;
import dev.weft.wit.syntax.Span;
import dev.weft.wit.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns written types into {@link WitType}s using a name scope. Handle targets ({@code borrow<r>},
 * {@code own<r>}) are recorded and checked once every definition of the scope is known.
 */
final class TypeExprResolver {
    private final Map<String, TypeRef> scope;
    private final List<HandleCheck> pending = new ArrayList<>();

    record HandleCheck(TypeRef ref, Span span, String name) {
    }

    TypeExprResolver(Map<String, TypeRef> scope) {
        this.scope = scope;
    }

    List<HandleCheck> pendingHandleChecks() {
        return pending;
    }

    TypeRef lookup(Ident name) throws WitException {
        TypeRef ref = scope.get(name.name());
        if (ref == null) {
            throw name.span().error("type `" + name.name() + "` is not defined");
        }
        return ref;
    }

    WitType resolve(TypeExpr e) throws WitException {
        return switch (e) {
            case TypeExpr.Primitive p -> new WitType.Primitive(p.type());
            case TypeExpr.Named n -> new WitType.Named(lookup(n.name()));
            case TypeExpr.ListOf l -> new WitType.ListOf(resolve(l.element()));
            case TypeExpr.FixedListOf l -> new WitType.FixedListOf(resolve(l.element()), l.length());
            case TypeExpr.MapOf m -> new WitType.MapOf(resolve(m.key()), resolve(m.value()));
            case TypeExpr.TupleOf t -> {
                List<WitType> out = new ArrayList<>();
                for (TypeExpr el : t.elements()) {
                    out.add(resolve(el));
                }
                yield new WitType.TupleOf(out);
            }
            case TypeExpr.OptionOf o -> new WitType.OptionOf(resolve(o.some()));
            case TypeExpr.ResultOf r -> new WitType.ResultOf(opt(r.ok()), opt(r.err()));
            case TypeExpr.Handle h -> {
                TypeRef ref = lookup(h.resource());
                pending.add(new HandleCheck(ref, h.resource().span(), h.resource().name()));
                yield h.borrow() ? new WitType.Borrow(ref) : new WitType.Named(ref);
            }
            case TypeExpr.FutureOf f -> new WitType.FutureOf(opt(f.element()));
            case TypeExpr.StreamOf s -> new WitType.StreamOf(opt(s.element()));
        };
    }

    private Optional<WitType> opt(Optional<TypeExpr> e) throws WitException {
        return e.isPresent() ? Optional.of(resolve(e.get())) : Optional.empty();
    }

    void checkHandles(Registry registry) throws WitException {
        for (HandleCheck c : pending) {
            if (!registry.isResource(c.ref())) {
                throw c.span().error("type `" + c.name() + "` is not a resource, so it cannot be used in a handle");
            }
        }
        pending.clear();
    }
}
