package dev.weft.wit.resolve;

import dev.weft.wit.WitException;
import dev.weft.wit.syntax.Attribute;
import java.util.List;
import java.util.Optional;

/** Turns {@code @since}/{@code @unstable}/{@code @deprecated} attributes into a {@link Stability}. */
final class Gates {
    private final ResolveOptions options;

    Gates(ResolveOptions options) {
        this.options = options;
    }

    /** False for an {@code @unstable} item whose feature is not enabled; such items are dropped. */
    boolean active(List<Attribute> attrs) {
        for (Attribute a : attrs) {
            if (a instanceof Attribute.Unstable u && !options.enabled(u.feature().name())) {
                return false;
            }
        }
        return true;
    }

    Stability stability(List<Attribute> attrs, PackageName pkg) throws WitException {
        Attribute.Since since = null;
        Attribute.Unstable unstable = null;
        Attribute.Deprecated deprecated = null;
        for (Attribute a : attrs) {
            if (pkg.version().isEmpty()) {
                throw a.span().error("feature gates need a versioned package, but `" + pkg + "` has no version");
            }
            switch (a) {
                case Attribute.Since s -> {
                    if (since != null) {
                        throw s.span().error("duplicate `@since` attribute");
                    }
                    since = s;
                }
                case Attribute.Unstable u -> {
                    if (unstable != null) {
                        throw u.span().error("duplicate `@unstable` attribute");
                    }
                    unstable = u;
                }
                case Attribute.Deprecated d -> {
                    if (deprecated != null) {
                        throw d.span().error("duplicate `@deprecated` attribute");
                    }
                    deprecated = d;
                }
            }
        }
        Optional<String> dep = Optional.ofNullable(deprecated).map(Attribute.Deprecated::version);
        if (since != null && unstable != null) {
            throw unstable.span().error("`@unstable` cannot be combined with `@since`");
        }
        if (since != null) {
            return new Stability.Stable(since.version(), dep);
        }
        if (unstable != null) {
            return new Stability.Unstable(unstable.feature().name(), dep);
        }
        if (deprecated != null) {
            throw deprecated.span().error("`@deprecated` needs a `@since` or `@unstable` attribute as well");
        }
        return Stability.UNKNOWN;
    }
}
