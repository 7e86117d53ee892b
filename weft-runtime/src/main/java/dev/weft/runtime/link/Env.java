package dev.weft.runtime.link;

import dev.weft.component.ast.CoreSort;
import dev.weft.component.ast.Sort;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.validate.IndexSpaces;
import dev.weft.error.InstantiationException;
import dev.weft.runtime.abi.TypeLayouts;
import dev.weft.runtime.resource.InstanceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run-time index spaces of one component instance while it is being instantiated: each slot holds the live
 * item (core functions, memories, instances, lifted functions…). Resolved types come from the validator's
 * {@link IndexSpaces}, which were built in the same order.
 */
public final class Env {
    final Optional<Env> enclosing;
    final IndexSpaces types;
    final InstanceState state;
    final TypeLayouts layouts;
    final InstantiationCache cache;

    final List<CoreItem> coreFuncs = new ArrayList<>();
    final List<CoreItem> coreTables = new ArrayList<>();
    final List<CoreItem> coreMemories = new ArrayList<>();
    final List<CoreItem> coreGlobals = new ArrayList<>();
    final List<CoreItem> coreTags = new ArrayList<>();
    final List<Map<String, CoreItem>> coreInstances = new ArrayList<>();
    final List<RtItem.Module> coreModules = new ArrayList<>();
    final List<RtFunc> funcs = new ArrayList<>();
    final List<RtItem.Value> values = new ArrayList<>();
    final List<RtItem.Type> typeItems = new ArrayList<>();
    final List<RtItem.Instance> instances = new ArrayList<>();
    final List<RtItem.ComponentDef> components = new ArrayList<>();
    /** Destructors of the resource types defined in the component tree being instantiated. */
    final Destructors destructors;
    final ResourceSubstitution resources;

    Env(Optional<Env> enclosing, IndexSpaces types, InstanceState state, InstantiationCache cache,
        Destructors destructors) {
        this.enclosing = enclosing;
        this.types = types;
        this.state = state;
        this.cache = cache;
        this.layouts = cache.layouts();
        this.destructors = destructors;
        this.resources = enclosing.map(e -> e.resources.copy()).orElseGet(ResourceSubstitution::empty);
    }

    /**
     * Appends the next type of the validator's index space; where {@code provided} (an import or alias) holds
     * the actual resource behind an abstract one, records that binding.
     */
    void addType(Optional<RtItem.Type> provided) {
        var definition = types.types().get(typeItems.size());
        if (definition instanceof ResourceType placeholder) {
            provided.filter(p -> p.definition() instanceof ResourceType)
                    .ifPresent(p -> resources.bind(placeholder, (ResourceType) p.definition()));
            typeItems.add(new RtItem.Type(resources.apply(placeholder)));
        } else {
            typeItems.add(new RtItem.Type(definition));
        }
    }

    CoreItem core(CoreSort sort, long index) throws InstantiationException {
        List<CoreItem> space = switch (sort) {
            case FUNC -> coreFuncs;
            case TABLE -> coreTables;
            case MEMORY -> coreMemories;
            case GLOBAL -> coreGlobals;
            case TAG -> coreTags;
            case TYPE, MODULE, INSTANCE -> throw new InstantiationException(
                    "core " + sort.text() + " items cannot be exported from a core instance here");
        };
        return at(space, index, "core " + sort.text());
    }

    void addCore(CoreSort sort, CoreItem item) throws InstantiationException {
        switch (sort) {
            case FUNC -> coreFuncs.add(item);
            case TABLE -> coreTables.add(item);
            case MEMORY -> coreMemories.add(item);
            case GLOBAL -> coreGlobals.add(item);
            case TAG -> coreTags.add(item);
            case TYPE, MODULE, INSTANCE -> throw new InstantiationException(
                    "core " + sort.text() + " items are not supported at run time");
        }
    }

    RtItem item(Sort sort, long index) throws InstantiationException {
        return switch (sort) {
            case FUNC -> at(funcs, index, "func");
            case VALUE -> at(values, index, "value");
            case TYPE -> at(typeItems, index, "type");
            case COMPONENT -> at(components, index, "component");
            case INSTANCE -> at(instances, index, "instance");
            case CORE_MODULE -> at(coreModules, index, "core module");
            case CORE_FUNC, CORE_TABLE, CORE_MEMORY, CORE_GLOBAL, CORE_TAG, CORE_TYPE, CORE_INSTANCE ->
                    throw new InstantiationException(sort.text() + " is not a component-level item");
        };
    }

    /** Appends {@code item} to the index space its kind belongs to (imports, aliases and exports all do this). */
    void add(RtItem item) {
        switch (item) {
            case RtFunc f -> funcs.add(f);
            case RtItem.Value v -> values.add(v);
            case RtItem.Type t -> typeItems.add(t);
            case RtItem.ComponentDef c -> components.add(c);
            case RtItem.Instance i -> {
                if (instances.size() < types.instances().size()) {
                    bindResources(types.instances().get(instances.size()), i);
                }
                instances.add(i);
            }
            case RtItem.Module m -> coreModules.add(m);
        }
    }

    /**
     * Binds the resource types an imported or aliased instance's type exports (abstract {@code (sub resource)} or
     * {@code (eq …)} placeholders) to the actual resources the instance provides, at once and including those the
     * component never aliases out: a function of the instance may be lowered before (or without) an alias of its
     * resource type, and the placeholders still appear in its function types (e.g. a constructor's result).
     */
    private void bindResources(dev.weft.component.types.InstanceType declared, RtItem.Instance actual) {
        for (var member : declared.exports()) {
            RtItem provided = actual.exports().get(member.name());
            if (member.type() instanceof TypeExtern t && provided instanceof RtItem.Type type
                    && type.definition() instanceof ResourceType resolved) {
                switch (t.bound()) {
                    case TypeBound.SubResource sub -> resources.bind(sub.resource(), resolved);
                    case TypeBound.Eq eq -> {
                        if (eq.type() instanceof ResourceType placeholder) {
                            resources.bind(placeholder, resolved);
                        }
                    }
                }
            } else if (member.type() instanceof dev.weft.component.types.InstanceType nested
                    && provided instanceof RtItem.Instance inner) {
                bindResources(nested, inner);
            }
        }
    }

    static <T> T at(List<T> space, long index, String what) throws InstantiationException {
        if (index < 0 || index >= space.size()) {
            throw new InstantiationException(what + " index " + index + " out of bounds (" + space.size() + ")");
        }
        return space.get((int) index);
    }
}
