package dev.weft.runtime.abi;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which guest encoding each string lifted during a component-to-component call came from (the spec's
 * {@code String} triple {@code (str, encoding, tagged_code_units)}), so that lowering it into the callee (or the
 * result back into the caller) follows the spec's allocation sequence for that source encoding rather than the one
 * for a host string. Strings pass between the two sides as plain {@link dev.weft.value.StringVal}s; the origin is
 * remembered by object identity, per thread, only while such a call is open.
 */
final class StringOrigins implements AutoCloseable {
    private static final ThreadLocal<StringOrigins> CURRENT = new ThreadLocal<>();

    private final StringOrigins outer;
    private Map<String, SourceString> origins;

    private StringOrigins(StringOrigins outer) {
        this.outer = outer;
    }

    /** Opens a scope for one component-to-component call; close it when the call's results are lowered. */
    static StringOrigins open() {
        StringOrigins scope = new StringOrigins(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** Records that {@code lifted} was lifted with {@code encoding} and {@code taggedCodeUnits}, if a scope is open. */
    static void record(String lifted, StringEncoding encoding, long taggedCodeUnits) {
        StringOrigins scope = CURRENT.get();
        if (scope != null) {
            if (scope.origins == null) {
                scope.origins = new IdentityHashMap<>();
            }
            scope.origins.put(lifted, SourceString.lifted(lifted, encoding, taggedCodeUnits));
        }
    }

    /** The lifted origin of {@code s} (this very object), or null when it did not come from a guest in an open call. */
    static SourceString originOf(String s) {
        for (StringOrigins scope = CURRENT.get(); scope != null; scope = scope.outer) {
            if (scope.origins != null) {
                SourceString origin = scope.origins.get(s);
                if (origin != null) {
                    return origin;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
