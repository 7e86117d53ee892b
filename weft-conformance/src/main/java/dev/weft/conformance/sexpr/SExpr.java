package dev.weft.conformance.sexpr;

/**
 * One node of a {@code .wast} script read as s-expressions: a parenthesised list, a bare atom (keyword, number,
 * {@code $id}) or a string literal.
 */
public sealed interface SExpr permits SList, Atom, Str {

    /** Where this node sits in the source. */
    Span span();

    /** Whether this is an atom with exactly the given text. */
    default boolean isAtom(String text) {
        return this instanceof Atom atom && atom.text().equals(text);
    }

    /** A short description for error messages ("list", "atom `foo`", "string"). */
    default String describe() {
        return switch (this) {
            case SList list -> list.head().map(h -> "list `(" + h + " …)`").orElse("list");
            case Atom atom -> "atom `" + atom.text() + "`";
            case Str str -> "string";
        };
    }
}
