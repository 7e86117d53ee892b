package dev.weft.conformance.run;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One {@code .wast} file of a suite. {@code id} is its path below the conformance root with {@code /} separators
 * (e.g. {@code component-model/values/strings.wast}); its first segment is the suite.
 */
public record ScriptFile(String id, Path path) {
    public ScriptFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        if (!id.contains("/")) {
            throw new IllegalArgumentException("a script id starts with its suite folder: " + id);
        }
    }

    public String suite() {
        return id.substring(0, id.indexOf('/'));
    }

    /** The folder part of the id, e.g. {@code component-model/values} (the suite itself for top-level files). */
    public String folder() {
        return id.substring(0, id.lastIndexOf('/'));
    }
}
