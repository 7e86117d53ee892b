package dev.weft.runtime.link;

import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.types.ResourceType;
import dev.weft.component.validate.ValidatedComponent;
import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.runtime.resource.Destructor;
import java.util.List;
import java.util.Map;

/**
 * How to instantiate one prepared component with one set of imports, worked out once: the walk over the sections (index spaces, import resolution, resource-type bindings, resource-substituted function
 * types, the wiring of every core module's imports, canon options) is done when the plan is made, and
 * {@link #instantiate} only runs a flat list of steps that make what each instance owns: component instance
 * states (handle tables, {@code may_enter}/{@code may_leave}), core instances (memories, tables, globals),
 * lifted and lowered adapters and built-ins bound to them, guest destructors, start functions, and the export
 * map. Resource types the tree defines are the validator's, as when the component was validated: instances tell them
 * apart by the owner of each representation. Immutable and thread-safe.
 */
public final class InstantiationPlan {
    private final PlanStep[] steps;
    private final int slots;
    private final int states;
    private final String[] exportNames;
    private final PlanItem[] exportItems;
    private final Map<ResourceType, Destructor> hostDestructors;

    private InstantiationPlan(List<PlanStep> steps, int slots, int states, Map<String, PlanItem> exports,
                              Map<ResourceType, Destructor> hostDestructors) {
        this.steps = steps.toArray(PlanStep[]::new);
        this.slots = slots;
        this.states = states;
        this.exportNames = exports.keySet().toArray(String[]::new);
        this.exportItems = new PlanItem[exportNames.length];
        for (int i = 0; i < exportNames.length; i++) {
            exportItems[i] = exports.get(exportNames[i]);
        }
        this.hostDestructors = hostDestructors;
    }

    /** One instantiation's result: the root instance and the destructors its resources have. */
    public static final class Instantiated {
        private final RtItem.Instance instance;
        private final Destructors destructors;

        private Instantiated(RtItem.Instance instance, Destructors destructors) {
            this.instance = instance;
            this.destructors = destructors;
        }

        public RtItem.Instance instance() {
            return instance;
        }

        /** The destructor of {@code type} as seen by this instantiation, or null (for the host dropping an owned handle an export returned). */
        public Destructor destructorOf(ResourceType type) {
            return destructors.get(type);
        }
    }

    /**
     * The plan of {@code validated} with {@code imports} (already checked by the linker). What cannot be
     * instantiated (a core import no argument provides, a value definition, a component definition exported…) is
     * not reported here but by {@link #instantiate}, at the point of the instantiation where it is found, with the
     * same exception each time; a bug in planning (a RuntimeException) is thrown as it is.
     */
    public static InstantiationPlan of(ValidatedComponent validated,
            Map<CoreModuleSection, CoreModule> compiledModules, Map<String, RtItem> imports,
            Map<ResourceType, Destructor> hostDestructors, InstantiationCache cache) {
        PlanBuilder builder = new PlanBuilder(validated, compiledModules, cache);
        Map<String, PlanItem> exports;
        try {
            exports = builder.root(imports);
            for (PlanItem item : exports.values()) {
                builder.live(item);
            }
        } catch (LinkException | InstantiationException e) {
            builder.steps.add(new PlanStep.Fail(e));
            exports = Map.of();
        }
        return new InstantiationPlan(builder.steps, builder.slotCount(), builder.stateCount(), exports,
                cache.hostDestructors(hostDestructors));
    }

    /** The number of steps an instantiation runs (for tests and diagnostics). */
    public int stepCount() {
        return steps.length;
    }

    /** Runs the plan: a fresh instance named {@code name} within {@code limits}. */
    public Instantiated instantiate(String name, StoreLimits limits)
            throws LinkException, InstantiationException, Trap {
        var destructors = new Destructors(hostDestructors);
        var frame = new PlanFrame(slots, states, name, destructors, limits);
        for (PlanStep step : steps) {
            step.run(frame);
        }
        return new Instantiated(new RtItem.Instance(name, PlanStep.MakeInstance.exports(frame, exportNames,
                exportItems)), destructors);
    }
}
