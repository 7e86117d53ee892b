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

    private static final CoreImports EMPTY = new CoreImports(Map.of(), Map.of(), null, null);

    private final Map<Key, Value> values;
    /** Whole import modules answered on demand, by module name (see {@link Builder#module}). */
    private final Map<String, Function<String, Value>> modules;
    /** With {@link #inOrder}: the imports {@link #ordered} answers, one value each. */
    private final java.util.List<CoreImport> orderOf;
    private final Value[] ordered;

    private CoreImports(Map<Key, Value> values, Map<String, Function<String, Value>> modules,
                        java.util.List<CoreImport> orderOf, Value[] ordered) {
        this.values = values;
        this.modules = modules;
        this.orderOf = orderOf;
        this.ordered = ordered;
    }

    /**
     * The value of each of {@code imports} (a module's {@link CoreModule#imports()}, the same list object), by
     * position: instantiating that module skips looking each import up by name. {@code values} is not copied and
     * must not change; a null entry is a missing import.
     */
    public static CoreImports inOrder(java.util.List<CoreImport> imports, Value[] values) {
        if (imports.size() != values.length) {
            throw new IllegalArgumentException(values.length + " import values for " + imports.size() + " imports");
        }
        return new CoreImports(Map.of(), Map.of(), imports, values);
    }

    /** The value of import {@code index} of {@code imports} when these values were made for that list, else null. */
    Value positional(java.util.List<CoreImport> imports, int index) {
        return orderOf == imports ? ordered[index] : null;
    }

    /** Whether these values were made by {@link #inOrder} for {@code imports} (that list object). */
    boolean inOrderFor(java.util.List<CoreImport> imports) {
        return orderOf == imports;
    }

    public static CoreImports empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Value> lookup(String module, String name) {
        if (orderOf != null) {
            for (int i = 0; i < ordered.length; i++) {
                CoreImport imp = orderOf.get(i);
                if (imp.module().equals(module) && imp.name().equals(name)) {
                    return Optional.ofNullable(ordered[i]);
                }
            }
            return Optional.empty();
        }
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
        return orderOf != null ? ordered.length : values.size();
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
            return new CoreImports(Collections.unmodifiableMap(values), modules, null, null);
        }
    }
}
