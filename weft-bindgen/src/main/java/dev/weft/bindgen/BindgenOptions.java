package dev.weft.bindgen;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to generate: the WIT package at {@code witPath} (a directory with {@code deps/}, or one file), the world
 * in it ({@code world}: a plain name, {@code ns:pkg/world}, or empty for the package's only world), into the
 * Java package {@code javaPackage}.
 */
public record BindgenOptions(Path witPath, Optional<String> world, String javaPackage) {
    public BindgenOptions {
        Objects.requireNonNull(witPath, "witPath");
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(javaPackage, "javaPackage");
        if (!javaPackage.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
            throw new IllegalArgumentException("not a Java package name: `" + javaPackage + "`");
        }
    }
}
