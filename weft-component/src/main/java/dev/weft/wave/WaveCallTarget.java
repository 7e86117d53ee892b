package dev.weft.wave;

import java.util.Optional;

/**
 * The function named by a WAVE call, as wit-parser's {@code ItemName}: {@code [namespace:package/]}
 * {@code [interface.]function[@version]}, e.g. {@code greet}, {@code iface.func},
 * {@code wasi:cli/run.run@0.2.0}. A version requires a package; a package requires namespace and name.
 */
public record WaveCallTarget(Optional<String> namespace, Optional<String> packageName,
        Optional<String> interfaceName, String function, Optional<String> version) {
    public WaveCallTarget {
        if (namespace.isPresent() != packageName.isPresent()) {
            throw new IllegalArgumentException("namespace and package name go together");
        }
        if (version.isPresent() && packageName.isEmpty()) {
            throw new IllegalArgumentException("a version needs a package");
        }
    }

    public static WaveCallTarget function(String name) {
        return new WaveCallTarget(Optional.empty(), Optional.empty(), Optional.empty(), name, Optional.empty());
    }

    /**
     * The name of the exported instance holding the function ({@code ns:pkg/iface@1.0.0}, {@code iface}), or
     * empty for a bare function name (which {@code wasmtime run --invoke} looks up at the root, then in every
     * exported instance).
     */
    public Optional<String> instanceName() {
        if (packageName.isEmpty() && interfaceName.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder();
        packageName.ifPresent(p -> s.append(namespace.orElseThrow()).append(':').append(p).append('/'));
        interfaceName.ifPresent(s::append);
        version.ifPresent(v -> s.append('@').append(v));
        return Optional.of(s.toString());
    }

    /** The name as written: {@code ns:pkg/iface.func@1.0.0}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        packageName.ifPresent(p -> s.append(namespace.orElseThrow()).append(':').append(p).append('/'));
        interfaceName.ifPresent(i -> s.append(i).append('.'));
        s.append(function);
        version.ifPresent(v -> s.append('@').append(v));
        return s.toString();
    }
}
