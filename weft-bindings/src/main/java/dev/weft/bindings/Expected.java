package dev.weft.bindings;

/**
 * A function that generated bindings expect: in the instance {@code instance} (empty for a world-level function)
 * under {@code function}, with the structural {@code signature} of {@link Signatures#of}.
 */
public record Expected(String instance, String function, String signature) {
    /** {@code ns:pkg/iface#name}, or just the name for a world-level function. */
    public String where() {
        return instance.isEmpty() ? function : instance + "#" + function;
    }
}
