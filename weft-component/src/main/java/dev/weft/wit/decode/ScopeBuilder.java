package dev.weft.wit.decode;

import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.Stability;
import dev.weft.wit.resolve.TypeDef;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.TypeOwner;
import dev.weft.wit.resolve.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Collects the types and functions of one interface or world while decoding. Types of other scopes are
 * brought in with {@code use} definitions so every reference in the model stays local ({@link #localize}).
 */
final class ScopeBuilder {
    private final TypeOwner owner;
    private final Map<String, TypeDef> types = new LinkedHashMap<>();
    private final Map<String, List<Function>> resourceFunctions = new LinkedHashMap<>();
    private final List<Function> functions = new ArrayList<>();
    private final Consumer<TypeDef> onNewType;

    ScopeBuilder(TypeOwner owner, Consumer<TypeDef> onNewType) {
        this.owner = owner;
        this.onNewType = onNewType;
    }

    TypeOwner owner() {
        return owner;
    }

    boolean has(String name) {
        return types.containsKey(name);
    }

    TypeRef define(String name, TypeDefKind kind) {
        TypeDef def = new TypeDef(name, kind, Stability.UNKNOWN, "");
        types.put(name, def);
        onNewType.accept(def);
        return new TypeRef(owner, name);
    }

    /** A reference usable in this scope to the type {@code ref} (adding a {@code use} when it is foreign). */
    TypeRef localize(TypeRef ref) {
        if (ref.owner().equals(owner)) {
            return ref;
        }
        for (TypeDef d : types.values()) {
            if (d.kind() instanceof TypeDefKind.Use u && u.target().equals(ref)) {
                return new TypeRef(owner, d.name());
            }
        }
        String name = ref.name();
        for (int i = 2; types.containsKey(name); i++) {
            name = ref.name() + "-" + i;
        }
        return define(name, new TypeDefKind.Use(ref));
    }

    void addFunction(Function f) {
        if (f.kind() == Function.Kind.FREESTANDING) {
            functions.add(f);
        } else {
            resourceFunctions.computeIfAbsent(f.resource().orElseThrow(), k -> new ArrayList<>()).add(f);
        }
    }

    /** Type definitions with resource functions attached to their resources. */
    List<TypeDef> typeDefs() {
        List<TypeDef> out = new ArrayList<>();
        for (TypeDef d : types.values()) {
            List<Function> fs = resourceFunctions.get(d.name());
            if (fs != null && d.kind() instanceof TypeDefKind.Resource) {
                out.add(new TypeDef(d.name(), new TypeDefKind.Resource(fs), d.stability(), d.docs()));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    List<Function> functions() {
        return List.copyOf(functions);
    }

    /** Resource function groups whose resource is not defined in this scope (malformed input). */
    List<String> orphanResources() {
        return resourceFunctions.keySet().stream()
                .filter(r -> !(types.get(r) != null && types.get(r).kind() instanceof TypeDefKind.Resource)).toList();
    }
}
