package dev.weft.app.manifest;

import java.nio.file.Path;

/**
 * A {@code weft.toml} that cannot be used: a TOML syntax error, an unknown or mistyped key, a bad value. Names the
 * file, the line (1-based, 0 when unknown) and the dotted key, e.g. {@code weft.toml:12: component.api.source: ...}.
 */
public final class ManifestException extends Exception {
    private final Path file;
    private final int line;
    private final String key;
    private final String problem;

    public ManifestException(Path file, int line, String key, String problem) {
        super(format(file, line, key, problem));
        this.file = file;
        this.line = line;
        this.key = key;
        this.problem = problem;
    }

    private static String format(Path file, int line, String key, String problem) {
        String where = file.getFileName() + (line > 0 ? ":" + line : "");
        return where + ": " + (key.isEmpty() ? "" : key + ": ") + problem;
    }

    /** The manifest file. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the offending key, or 0 when it could not be located. */
    public int line() {
        return line;
    }

    /** The dotted key path, e.g. {@code component.api.allowed_outbound_hosts} or {@code trigger.http[1].route}. */
    public String key() {
        return key;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
