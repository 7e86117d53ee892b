package dev.weft.app.config;

import dev.weft.app.PatternException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A manifest string with {@code {{ variable }}} references, as Spin's templates. */
public final class Template {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** A literal run or a variable reference. */
    private sealed interface Part {
    }

    private record Literal(String text) implements Part {
    }

    private record Reference(String name) implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    public static Template parse(String text) throws PatternException {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf("{{", at);
            if (open < 0) {
                parts.add(new Literal(text.substring(at)));
                break;
            }
            if (open > at) {
                parts.add(new Literal(text.substring(at, open)));
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                throw new PatternException("unclosed '{{' at column " + (open + 1) + " of '" + text + "'");
            }
            String name = text.substring(open + 2, close).trim();
            if (!NAME.matcher(name).matches()) {
                throw new PatternException("'{{ " + name + " }}' is not a variable name (lower-case, digits, '_')");
            }
            parts.add(new Reference(name));
            at = close + 2;
        }
        return new Template(text, parts);
    }

    /** The variable names referenced, in order. */
    public List<String> references() {
        List<String> out = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Reference r) {
                out.add(r.name());
            }
        }
        return out;
    }

    /** The text with every reference replaced from {@code values} (which must hold them all). */
    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            switch (p) {
                case Literal l -> out.append(l.text());
                case Reference r -> {
                    String v = values.get(r.name());
                    if (v == null) {
                        throw new IllegalArgumentException("no value for {{ " + r.name() + " }} in '" + source + "'");
                    }
                    out.append(v);
                }
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
