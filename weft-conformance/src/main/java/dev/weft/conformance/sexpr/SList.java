package dev.weft.conformance.sexpr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A parenthesised list {@code ( … )}; its span covers both parentheses. */
public record SList(List<SExpr> items, Span span) implements SExpr {
    public SList {
        items = List.copyOf(items);
        Objects.requireNonNull(span, "span");
    }

    /** The first item's text when it is an atom (the list's keyword, e.g. {@code assert_return}). */
    public Optional<String> head() {
        return items.isEmpty() || !(items.get(0) instanceof Atom atom) ? Optional.empty() : Optional.of(atom.text());
    }

    public int size() {
        return items.size();
    }

    public SExpr get(int index) {
        return items.get(index);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(items.get(i));
        }
        return sb.append(')').toString();
    }
}
