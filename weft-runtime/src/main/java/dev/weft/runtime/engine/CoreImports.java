package dev.weft.runtime.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

    private static final CoreImports EMPTY = new CoreImports(Map.of(), Map.of());

    private final Map<Key, Value> values;
    /** Whole import modules answered on demand, by module name (see {@link Builder#module}). */
    private final Map<String, Function<String, Value>> modules;

    private CoreImports(Map<Key, Value> values, Map<String, Function<String, Value>> modules) {
        this.values = values;
        this.modules = modules;
    }

    public static CoreImports empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Value> lookup(String module, String name) {
        Value value = values.get(new Key(module, name));
        if (value == null && !modules.isEmpty()) {
            Function<String, Value> provider = modules.get(module);
            if (provider != null) {
                value = provider.apply(name);
            }
        }
        return Optional.ofNullable(value);
    }

    /** The number of single (module, name) entries; modules given with {@link Builder#module} are not counted. */
    public int size() {
        return values.size();
    }

    public static final class Builder {
        private Map<Key, Value> values = new LinkedHashMap<>();
        private Map<String, Function<String, Value>> modules = Map.of();
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

        /**
         * Every import of module {@code module}, answered when the module is instantiated: {@code provider} maps an
         * import name to its value, or to null when it has none. Saves building an entry for each export of an
         * instance when the importing module uses a few of them. Single entries for the same module win.
         */
        public Builder module(String module, Function<String, Value> provider) {
            if (module == null || provider == null) {
                throw new IllegalArgumentException("import module and provider must not be null");
            }
            Map<String, Function<String, Value>> copy = new HashMap<>(modules);
            copy.put(module, provider);
            modules = copy;
            return this;
        }

        /** Copies every entry of {@code other} (later entries replace earlier ones). */
        public Builder all(CoreImports other) {
            unshare();
            values.putAll(other.values);
            if (!other.modules.isEmpty()) {
                Map<String, Function<String, Value>> copy = new HashMap<>(modules);
                copy.putAll(other.modules);
                modules = copy;
            }
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
            return new CoreImports(Collections.unmodifiableMap(values), modules);
        }
    }
}
