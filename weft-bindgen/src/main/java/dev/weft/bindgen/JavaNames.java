package dev.weft.bindgen;

import java.util.Locale;
import java.util.Set;

/** WIT kebab-case names as Java identifiers: reserved words and clashes get a trailing underscore. */
final class JavaNames {
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "_",
            // members of Object and of the generated types that a WIT name must not shadow
            "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
            "toVal", "fromVal", "setFromVal", "borrow", "take", "close", "isClosed", "instance", "addToLinker");

    private JavaNames() {
    }

    /** {@code my-type} → {@code MyType}. */
    static String pascal(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        String s = out.toString();
        return s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) ? "W" + s : s;
    }

    /** {@code my-func} → {@code myFunc}, escaped when reserved. */
    static String camel(String kebab) {
        String p = pascal(kebab);
        String s = Character.toLowerCase(p.charAt(0)) + p.substring(1);
        return RESERVED.contains(s) ? s + "_" : s;
    }

    /** {@code my-case} → {@code MY_CASE}. */
    static String constant(String kebab) {
        String s = kebab.toUpperCase(Locale.ROOT).replace('-', '_');
        return Character.isJavaIdentifierStart(s.charAt(0)) ? s : "W" + s;
    }

    /** A Java string literal. */
    static String literal(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
