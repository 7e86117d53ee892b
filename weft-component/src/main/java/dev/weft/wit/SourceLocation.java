package dev.weft.wit;

/** A 1-based line and column in a named WIT source (a file path or another label). */
public record SourceLocation(String file, int line, int column) {
    /** A location for problems that belong to no particular source text, such as a missing file. */
    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
