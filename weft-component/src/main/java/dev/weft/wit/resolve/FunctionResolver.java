package dev.weft.wit.resolve;

import dev.weft.wit.WitException;
import dev.weft.wit.syntax.FuncSignature;
import dev.weft.wit.syntax.Ident;
import dev.weft.wit.syntax.TypeDecl;
import dev.weft.wit.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Resolves freestanding functions and the constructor, methods and statics of resources. */
final class FunctionResolver {
    private final TypeExprResolver types;

    FunctionResolver(TypeExprResolver types) {
        this.types = types;
    }

    Function freestanding(Ident name, FuncSignature sig, Stability stability, String docs) throws WitException {
        return new Function(name.name(), Function.Kind.FREESTANDING, Optional.empty(), sig.async(),
                params(sig, List.of()), result(sig), stability, docs);
    }

    Function resourceFunction(TypeRef resource, TypeDecl.ResourceFunc f, Stability stability) throws WitException {
        String r = resource.name();
        FuncSignature sig = f.signature();
        return switch (f) {
            case TypeDecl.Constructor c -> new Function(r, Function.Kind.CONSTRUCTOR, Optional.of(r), false,
                    params(sig, List.of()), Optional.of(constructorResult(resource, sig)), stability, c.docs());
            case TypeDecl.Method m -> new Function(m.name().name(), Function.Kind.METHOD, Optional.of(r),
                    sig.async(), params(sig, List.of(new Param("self", new WitType.Borrow(resource)))),
                    result(sig), stability, m.docs());
            case TypeDecl.Static s -> new Function(s.name().name(), Function.Kind.STATIC, Optional.of(r),
                    sig.async(), params(sig, List.of()), result(sig), stability, s.docs());
        };
    }

    private WitType constructorResult(TypeRef resource, FuncSignature sig) throws WitException {
        WitType own = new WitType.Named(resource);
        if (sig.result().isEmpty()) {
            return own;
        }
        WitType written = types.resolve(sig.result().get());
        if (written instanceof WitType.ResultOf r && r.ok().equals(Optional.of(own))) {
            return written;
        }
        throw sig.result().get().span().error("a constructor of `" + resource.name()
                + "` may only return `" + resource.name() + "` or `result<" + resource.name() + ", E>`");
    }

    private List<Param> params(FuncSignature sig, List<Param> implicit) throws WitException {
        List<Param> out = new ArrayList<>(implicit);
        Set<String> seen = new HashSet<>();
        implicit.forEach(p -> seen.add(p.name().toLowerCase(java.util.Locale.ROOT)));
        for (FuncSignature.Param p : sig.params()) {
            // WIT.md "WIT Functions": parameter names are case-insensitively unique
            if (!seen.add(p.name().name().toLowerCase(java.util.Locale.ROOT))) {
                throw p.name().span().error("parameter `" + p.name().name() + "` is defined more than once");
            }
            out.add(new Param(p.name().name(), types.resolve(p.type())));
        }
        return out;
    }

    private Optional<WitType> result(FuncSignature sig) throws WitException {
        if (sig.result().isEmpty()) {
            return Optional.empty();
        }
        TypeExpr written = sig.result().get();
        WitType t = types.resolve(written);
        if (containsBorrow(t)) {
            throw written.span().error("function results may not contain `borrow<...>` handles");
        }
        return Optional.of(t);
    }

    private static boolean containsBorrow(WitType t) {
        return switch (t) {
            case WitType.Borrow b -> true;
            case WitType.Primitive p -> false;
            case WitType.Named n -> false;
            case WitType.ListOf l -> containsBorrow(l.element());
            case WitType.FixedListOf l -> containsBorrow(l.element());
            case WitType.MapOf m -> containsBorrow(m.key()) || containsBorrow(m.value());
            case WitType.TupleOf tu -> tu.elements().stream().anyMatch(FunctionResolver::containsBorrow);
            case WitType.OptionOf o -> containsBorrow(o.some());
            case WitType.ResultOf r -> r.ok().map(FunctionResolver::containsBorrow).orElse(false)
                    || r.err().map(FunctionResolver::containsBorrow).orElse(false);
            case WitType.FutureOf f -> f.element().map(FunctionResolver::containsBorrow).orElse(false);
            case WitType.StreamOf s -> s.element().map(FunctionResolver::containsBorrow).orElse(false);
        };
    }
}
