package dev.weft.component.validate;

import java.util.Locale;
import java.util.Optional;

/**
 * A parsed import or export name (Explainer.md {@code externname}): a plain name, possibly annotated with
 * {@code [constructor]}, {@code [method]} or {@code [static]}, or an interface name {@code ns:pkg/iface@version}.
 */
public sealed interface ExternName {

    /** The name as written. */
    String raw();

    /**
     * The canonical form used for the strongly-unique check (Explainer.md "Name Uniqueness"): lower-cased, with
     * {@code [method]l.l}/{@code [static]l.l} reduced to {@code l} and other annotations than
     * {@code [constructor]} stripped.
     */
    default String uniquenessKey() {
        String lower = raw().toLowerCase(Locale.ROOT);
        return switch (this) {
            case Method m -> m.resource().equalsIgnoreCase(m.name()) ? m.name().toLowerCase(Locale.ROOT)
                    : lower.substring("[method]".length());
            case Static s -> s.resource().equalsIgnoreCase(s.name()) ? s.name().toLowerCase(Locale.ROOT)
                    : lower.substring("[static]".length());
            case Label l -> lower;
            case Constructor c -> lower;
            case Interface i -> lower;
        };
    }

    record Label(String raw) implements ExternName {
    }

    record Constructor(String raw, String resource) implements ExternName {
    }

    record Method(String raw, String resource, String name) implements ExternName {
    }

    record Static(String raw, String resource, String name) implements ExternName {
    }

    record Interface(String raw, String namespace, String pkg, String iface, Optional<String> version)
            implements ExternName {
    }
}
