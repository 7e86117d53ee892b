package dev.weft.component.validate;

import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreGlobalType;
import dev.weft.component.types.CoreInstanceType;
import dev.weft.component.types.CoreMemoryType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.CoreTableType;
import dev.weft.component.types.CoreTagType;
import dev.weft.component.types.CoreTypeDefinition;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.ValueType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;

/**
 * The validation state of one component, component type or instance type: its index spaces, its imports and
 * exports so far, the resources it defines, and its enclosing scope (for outer aliases).
 */
final class Scope {
    enum Kind { COMPONENT, COMPONENT_TYPE, INSTANCE_TYPE }

    final Kind kind;
    final Optional<Scope> parent;

    final IndexSpace<CoreFuncType> coreFuncs = new IndexSpace<>("function");
    final IndexSpace<CoreTableType> coreTables = new IndexSpace<>("table");
    final IndexSpace<CoreMemoryType> coreMemories = new IndexSpace<>("memory");
    final IndexSpace<CoreGlobalType> coreGlobals = new IndexSpace<>("global");
    final IndexSpace<CoreTagType> coreTags = new IndexSpace<>("tag");
    final IndexSpace<CoreTypeDefinition> coreTypes = new IndexSpace<>("core type");
    final IndexSpace<CoreModuleType> coreModules = new IndexSpace<>("module");
    final IndexSpace<CoreInstanceType> coreInstances = new IndexSpace<>("core instance");
    final IndexSpace<FuncType> funcs = new IndexSpace<>("func");
    final IndexSpace<ValueType> values = new IndexSpace<>("value");
    final IndexSpace<TypeDefinition> types = new IndexSpace<>("type");
    final IndexSpace<InstanceType> instances = new IndexSpace<>("instance");
    final IndexSpace<ComponentType> components = new IndexSpace<>("component");

    final List<NamedExtern> imports = new ArrayList<>();
    final List<NamedExtern> exports = new ArrayList<>();
    final NameScope importNames = new NameScope(NameScope.Kind.IMPORT);
    final NameScope exportNames = new NameScope(NameScope.Kind.EXPORT);

    /** Resources defined by {@code (resource ...)} in this component, with their representation. */
    final Map<ResourceType, dev.weft.component.types.CoreValType> definedResources = new HashMap<>();
    /** Types (by object identity) named by an import of this scope; valid in later imports and exports. */
    final Set<Object> importedTypes = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Types (by object identity) named by an import or export of this scope; valid in later exports. */
    final Set<Object> exportedTypes = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Depth/size bookkeeping shared by all scopes of one validation. */
    final TypeMetrics metrics;

    Scope(Kind kind, Optional<Scope> parent) {
        this.kind = kind;
        this.parent = parent;
        this.metrics = parent.map(p -> p.metrics).orElseGet(TypeMetrics::new);
    }

    /** The scope {@code count} levels out, as an outer alias counts. */
    Optional<Scope> outer(long count) {
        Scope s = this;
        for (long i = 0; i < count; i++) {
            if (s.parent.isEmpty()) {
                return Optional.empty();
            }
            s = s.parent.get();
        }
        return Optional.of(s);
    }

    ComponentType componentType() {
        return new ComponentType(imports, exports);
    }

    InstanceType instanceType() {
        return new InstanceType(exports);
    }
}
