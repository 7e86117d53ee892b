package dev.weft.runtime.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Values for a core module's imports, by (module, name). Immutable; build once and reuse for many
 * instantiations.
 */
public final class CoreImports {

    /** One import value: a host function or an extern of another core instance. */
    public sealed interface Value permits HostFunctionValue, ExternValue {}

    /** A host-provided function with its declared type. */
    public record HostFunctionValue(CoreFuncType type, CoreHostFunction function) implements Value {}

    /** A function, memory, table or global exported by another core instance (shared, not copied). */
    public record ExternValue(CoreExtern extern) implements Value {}

    private record Key(String module, String name) {}

    private static final CoreImports EMPTY = new CoreImports(Map.of());

    private final Map<Key, Value> values;

    private CoreImports(Map<Key, Value> values) {
        this.values = values;
    }

    public static CoreImports empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Value> lookup(String module, String name) {
        return Optional.ofNullable(values.get(new Key(module, name)));
    }

    public int size() {
        return values.size();
    }

    public static final class Builder {
        private Map<Key, Value> values = new LinkedHashMap<>();
        /** {@link #build()} handed {@link #values} out: copy it before the next change. */
        private boolean shared;

        private Builder() {}

        public Builder function(String module, String name, CoreFuncType type, CoreHostFunction function) {
            return put(module, name, new HostFunctionValue(type, function));
        }

        /** Any extern of another instance: function, memory, table or global. */
        public Builder extern(String module, String name, CoreExtern extern) {
            return put(module, name, new ExternValue(extern));
        }

        /** Every export of {@code instance}, under import module name {@code module}. */
        public Builder instance(String module, CoreInstance instance) {
            instance.exports().forEach((name, extern) -> extern(module, name, extern));
            return this;
        }

        /** Copies every entry of {@code other} (later entries replace earlier ones). */
        public Builder all(CoreImports other) {
            unshare();
            values.putAll(other.values);
            return this;
        }

        private Builder put(String module, String name, Value value) {
            if (module == null || name == null || value == null) {
                throw new IllegalArgumentException("import module, name and value must not be null");
            }
            unshare();
            values.put(new Key(module, name), value);
            return this;
        }

        private void unshare() {
            if (shared) {
                values = new LinkedHashMap<>(values);
                shared = false;
            }
        }

        public CoreImports build() {
            shared = true;
            return new CoreImports(Collections.unmodifiableMap(values));
        }
    }
}
