package dev.weft.conformance.wast;

import java.util.List;
import java.util.Objects;

/** A read {@code .wast} script: its header settings and its directives in order. */
public record WastScript(ScriptHeader header, List<Directive> directives) {
    public WastScript {
        Objects.requireNonNull(header, "header");
        directives = List.copyOf(directives);
    }
}
