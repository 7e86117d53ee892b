package dev.weft.conformance.wast;

import dev.weft.conformance.sexpr.Atom;
import dev.weft.conformance.sexpr.SExpr;
import dev.weft.conformance.sexpr.SList;
import dev.weft.conformance.sexpr.Str;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a {@code (component …)} or {@code (module …)} s-expression into a {@link ModuleForm}: text forms keep their
 * source text (so a text parser sees exactly what the script says), {@code binary} forms their bytes.
 */
final class FormReader {
    private final String source;

    FormReader(String source) {
        this.source = source;
    }

    /** A form plus whether it carried the {@code definition} keyword. */
    record Read(ModuleForm form, boolean definitionOnly) {
    }

    Read read(SExpr expr) throws WastSyntaxException {
        if (!(expr instanceof SList list)) {
            throw new WastSyntaxException("expected `(component …)` or `(module …)`, found " + expr.describe(),
                    expr);
        }
        FormKind kind = kindOf(list);
        int index = 1;
        boolean definition = false;
        int bodyStart = ((Atom) list.get(0)).span().end();
        if (index < list.size() && list.get(index).isAtom("definition")) {
            definition = true;
            bodyStart = list.get(index).span().end();
            index++;
        }
        Optional<String> id = Optional.empty();
        if (index < list.size() && list.get(index) instanceof Atom atom && atom.isId()) {
            id = Optional.of(atom.text());
            index++;
        }
        if (index < list.size() && list.get(index).isAtom("binary")) {
            return new Read(new BinaryForm(kind, id, concat(list, index + 1), list.span()), definition);
        }
        if (index < list.size() && list.get(index).isAtom("quote")) {
            return new Read(new QuoteForm(kind, id, quoteText(kind, list, index + 1), list.span()), definition);
        }
        String text = "(" + kind.keyword() + source.substring(bodyStart, list.span().end());
        return new Read(new TextForm(kind, id, text, list.span()), definition);
    }

    static FormKind kindOf(SList list) throws WastSyntaxException {
        if (list.head().equals(Optional.of("component"))) {
            return FormKind.COMPONENT;
        }
        if (list.head().equals(Optional.of("module"))) {
            return FormKind.MODULE;
        }
        throw new WastSyntaxException("expected `(component …)` or `(module …)`, found " + list.describe(), list);
    }

    private static byte[] concat(SList list, int from) throws WastSyntaxException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = from; i < list.size(); i++) {
            if (!(list.get(i) instanceof Str str)) {
                throw new WastSyntaxException("expected a string in a binary/quote form, found "
                        + list.get(i).describe(), list.get(i));
            }
            out.writeBytes(str.bytes());
        }
        return out.toByteArray();
    }

    /** Joins quoted strings the way wasm-tools does: each followed by a space, wrapped in {@code (component …)}. */
    private static String quoteText(FormKind kind, SList list, int from) throws WastSyntaxException {
        StringBuilder text = new StringBuilder(kind == FormKind.COMPONENT ? "(component" : "");
        for (int i = from; i < list.size(); i++) {
            if (!(list.get(i) instanceof Str str)) {
                throw new WastSyntaxException("expected a string in a quote form, found " + list.get(i).describe(),
                        list.get(i));
            }
            text.append(new String(str.bytes(), StandardCharsets.UTF_8)).append(' ');
        }
        return kind == FormKind.COMPONENT ? text.append(')').toString() : text.toString();
    }
}
