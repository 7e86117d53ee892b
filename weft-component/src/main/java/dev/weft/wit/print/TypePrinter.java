package dev.weft.wit.print;

import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.Param;
import dev.weft.wit.resolve.TypeOwner;
import dev.weft.wit.resolve.WitType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes types and function signatures as WIT text, within one interface or world scope. */
final class TypePrinter {
    private final TypeOwner scope;

    TypePrinter(TypeOwner scope) {
        this.scope = scope;
    }

    String type(WitType t) {
        return switch (t) {
            case WitType.Primitive p -> p.type().witName();
            case WitType.Named n -> name(n.ref());
            case WitType.ListOf l -> "list<" + type(l.element()) + ">";
            case WitType.FixedListOf l -> "list<" + type(l.element()) + ", " + l.length() + ">";
            case WitType.MapOf m -> "map<" + type(m.key()) + ", " + type(m.value()) + ">";
            case WitType.TupleOf tu -> "tuple<" + tu.elements().stream().map(this::type)
                    .collect(Collectors.joining(", ")) + ">";
            case WitType.OptionOf o -> "option<" + type(o.some()) + ">";
            case WitType.ResultOf r -> result(r);
            case WitType.Borrow b -> "borrow<" + name(b.resource()) + ">";
            case WitType.FutureOf f -> f.element().map(e -> "future<" + type(e) + ">").orElse("future");
            case WitType.StreamOf s -> s.element().map(e -> "stream<" + type(e) + ">").orElse("stream");
        };
    }

    private String result(WitType.ResultOf r) {
        if (r.ok().isEmpty() && r.err().isEmpty()) {
            return "result";
        }
        if (r.err().isEmpty()) {
            return "result<" + type(r.ok().get()) + ">";
        }
        return "result<" + r.ok().map(this::type).orElse("_") + ", " + type(r.err().get()) + ">";
    }

    private String name(dev.weft.wit.resolve.TypeRef ref) {
        if (!ref.owner().equals(scope)) {
            throw new IllegalStateException("type " + ref + " is not in scope " + scope
                    + "; a `use` must bring it in first");
        }
        return WitWriter.id(ref.name());
    }

    /** {@code async? func(params) -> result}, leaving out the implicit {@code self} of methods. */
    String signature(Function f) {
        List<Param> params = f.kind() == Function.Kind.METHOD ? f.params().subList(1, f.params().size())
                : f.params();
        String ps = params.stream().map(p -> WitWriter.id(p.name()) + ": " + type(p.type()))
                .collect(Collectors.joining(", "));
        Optional<String> result = f.result().map(this::type);
        return (f.async() ? "async " : "") + "func(" + ps + ")" + result.map(r -> " -> " + r).orElse("");
    }

    String constructor(Function f, WitType own) {
        String ps = f.params().stream().map(p -> WitWriter.id(p.name()) + ": " + type(p.type()))
                .collect(Collectors.joining(", "));
        boolean shorthand = f.result().map(own::equals).orElse(true);
        return "constructor(" + ps + ")" + (shorthand ? "" : " -> " + type(f.result().get())) + ";";
    }
}
