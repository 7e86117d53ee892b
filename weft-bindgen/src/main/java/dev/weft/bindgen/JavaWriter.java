package dev.weft.bindgen;

/** Indented Java source text. */
final class JavaWriter {
    private final StringBuilder out = new StringBuilder();
    private int indent;

    /** Writes one line; a line ending in {@code {} indents the following lines, one starting with {@code }} dedents. */
    JavaWriter line(String text) {
        if (text.startsWith("}") || text.startsWith(")")) {
            indent--;
        }
        if (!text.isEmpty()) {
            out.append("    ".repeat(Math.max(indent, 0))).append(text);
        }
        out.append('\n');
        if (text.endsWith("{")) {
            indent++;
        }
        return this;
    }

    JavaWriter blank() {
        out.append('\n');
        return this;
    }

    /** A Javadoc comment from WIT docs plus an optional extra sentence; nothing when both are empty. */
    JavaWriter doc(String docs, String extra) {
        String text = (docs == null ? "" : docs.strip()).replace("*/", "*&#47;").replace("@", "{@literal @}");
        if (!extra.isEmpty()) {
            String code = extra.replaceAll("`([^`]*)`", "{@code $1}");
            text = text.isEmpty() ? code : text + "\n\n<p>" + code;
        }
        if (text.isEmpty()) {
            return this;
        }
        line("/**");
        for (String l : text.split("\n")) {
            line(l.isBlank() ? " *" : " * " + l.strip());
        }
        return line(" */");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
