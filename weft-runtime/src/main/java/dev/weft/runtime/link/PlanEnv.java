package dev.weft.runtime.link;

import dev.weft.component.ast.CoreSort;
import dev.weft.component.ast.Sort;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.validate.IndexSpaces;
import dev.weft.error.InstantiationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index spaces of one component instance while its {@link InstantiationPlan} is made: each slot holds an item
 * that is the same in every instance or the frame slot of the item each instance makes (a resolved type comes from
 * the validator's {@link IndexSpaces}, built in the same order). Types, resource bindings
 * and host items are resolved here, once.
 */
final class PlanEnv {
    final Optional<PlanEnv> enclosing;
    final IndexSpaces types;
    /** The frame index of this component instance's state. */
    final int state;
    final ResourceSubstitution resources;

    final List<Integer> coreFuncs = new ArrayList<>();
    final List<Integer> coreTables = new ArrayList<>();
    final List<Integer> coreMemories = new ArrayList<>();
    final List<Integer> coreGlobals = new ArrayList<>();
    final List<Integer> coreTags = new ArrayList<>();
    final List<PlanCoreInstance> coreInstances = new ArrayList<>();
    final List<PlanItem> coreModules = new ArrayList<>();
    final List<PlanItem> funcs = new ArrayList<>();
    final List<PlanItem> values = new ArrayList<>();
    final List<RtItem.Type> typeItems = new ArrayList<>();
    final List<PlanItem> instances = new ArrayList<>();
    final List<PlanItem> components = new ArrayList<>();

    PlanEnv(Optional<PlanEnv> enclosing, IndexSpaces types, int state) {
        this.enclosing = enclosing;
        this.types = types;
        this.state = state;
        this.resources = enclosing.map(e -> e.resources.copy()).orElseGet(ResourceSubstitution::empty);
    }

    /**
     * Appends the validator's next type; where {@code provided} (an import or alias) holds the actual resource
     * behind an abstract one, records that binding.
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

    List<Integer> coreSpace(CoreSort sort) throws InstantiationException {
        return switch (sort) {
            case FUNC -> coreFuncs;
            case TABLE -> coreTables;
            case MEMORY -> coreMemories;
            case GLOBAL -> coreGlobals;
            case TAG -> coreTags;
            case TYPE, MODULE, INSTANCE -> throw new InstantiationException(
                    "core " + sort.text() + " items are not supported here");
        };
    }

    int core(CoreSort sort, long index) throws InstantiationException {
        return PlanEnv.at(coreSpace(sort), index, "core " + sort.text());
    }

    /** The item at {@code index} of {@code sort}'s space; types come as {@link PlanItem.Known}. */
    PlanItem item(Sort sort, long index) throws InstantiationException {
        return switch (sort) {
            case FUNC -> PlanEnv.at(funcs, index, "func");
            case VALUE -> PlanEnv.at(values, index, "value");
            case TYPE -> new PlanItem.Known(PlanEnv.at(typeItems, index, "type"));
            case COMPONENT -> PlanEnv.at(components, index, "component");
            case INSTANCE -> PlanEnv.at(instances, index, "instance");
            case CORE_MODULE -> PlanEnv.at(coreModules, index, "core module");
            case CORE_FUNC, CORE_TABLE, CORE_MEMORY, CORE_GLOBAL, CORE_TAG, CORE_TYPE, CORE_INSTANCE ->
                    throw new InstantiationException(sort.text() + " is not a component-level item");
        };
    }

    /** Appends {@code item} to the index space its kind belongs to, with types kept as the validator has them (imports, aliases and exports do this). */
    void add(PlanItem item) throws InstantiationException {
        switch (item) {
            case PlanItem.Known k -> addKnown(k);
            case PlanItem.Func f -> funcs.add(f);
            case PlanItem.Value v -> values.add(v);
            case PlanItem.Definition d -> components.add(d);
            case PlanItem.Instance i -> addInstance(i);
        }
    }

    private void addKnown(PlanItem.Known known) throws InstantiationException {
        switch (known.item()) {
            case RtFunc f -> funcs.add(known);
            case RtItem.Value v -> values.add(known);
            case RtItem.Type t -> addType(Optional.of(t));
            case RtItem.Instance i -> addInstance(known);
            case RtItem.Module m -> coreModules.add(known);
        }
    }

    private void addInstance(PlanItem instance) {
        if (instances.size() < types.instances().size()) {
            bindResources(types.instances().get(instances.size()), instance);
        }
        instances.add(instance);
    }

    /**
     * Binds the resource types an imported or aliased instance's type exports (abstract {@code (sub resource)} or
     * {@code (eq …)} placeholders) to the actual resources the instance provides, at once and including those the
     * component never aliases out (a function of the instance may be lowered before or without an alias of its
     * resource type), over planned or live instances.
     */
    private void bindResources(InstanceType declared, PlanItem actual) {
        for (var member : declared.exports()) {
            PlanItem provided = export(actual, member.name());
            if (member.type() instanceof TypeExtern t && provided instanceof PlanItem.Known k
                    && k.item() instanceof RtItem.Type type && type.definition() instanceof ResourceType resolved) {
                switch (t.bound()) {
                    case TypeBound.SubResource sub -> resources.bind(sub.resource(), resolved);
                    case TypeBound.Eq eq -> {
                        if (eq.type() instanceof ResourceType placeholder) {
                            resources.bind(placeholder, resolved);
                        }
                    }
                }
            } else if (member.type() instanceof InstanceType nested && provided != null && isInstance(provided)) {
                bindResources(nested, provided);
            }
        }
    }

    private static boolean isInstance(PlanItem item) {
        return item instanceof PlanItem.Instance
                || item instanceof PlanItem.Known k && k.item() instanceof RtItem.Instance;
    }

    /** Export {@code name} of a planned or live instance, or null. */
    static PlanItem export(PlanItem instance, String name) {
        if (instance instanceof PlanItem.Instance planned) {
            return planned.exports.get(name);
        }
        if (instance instanceof PlanItem.Known k && k.item() instanceof RtItem.Instance live) {
            RtItem item = live.exports().get(name);
            return item == null ? null : new PlanItem.Known(item);
        }
        return null;
    }

    /** Slot {@code index} of {@code space}; an InstantiationException naming {@code what} when out of bounds. */
    static <T> T at(List<T> space, long index, String what) throws InstantiationException {
        if (index < 0 || index >= space.size()) {
            throw new InstantiationException(what + " index " + index + " out of bounds (" + space.size() + ")");
        }
        return space.get((int) index);
    }
}
