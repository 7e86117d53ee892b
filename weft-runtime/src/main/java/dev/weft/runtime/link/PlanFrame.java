package dev.weft.runtime.link;

import dev.weft.error.InstantiationException;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.ResourceOrigins;

/**
 * The state of one run of an {@link InstantiationPlan}: the slots the steps fill (core instances and items,
 * lifted functions, values, live instances), the component instances' states and names, the destructors of the
 * resource types the tree defines, and the instance count the limits bound.
 */
final class PlanFrame {
    final Object[] slots;
    final InstanceState[] states;
    final String[] names;
    final Destructors destructors;
    /** The definers of the resource types the tree defines (one generative type per defining instance). */
    final ResourceOrigins origins = new ResourceOrigins();
    final StoreLimits limits;
    private int instanceCount;

    PlanFrame(int slots, int states, String rootName, Destructors destructors, StoreLimits limits) {
        this.slots = new Object[slots];
        this.states = new InstanceState[states];
        this.names = new String[states];
        this.names[0] = rootName;
        this.destructors = destructors;
        this.limits = limits;
    }

    /**
     * Counts one more core or component instance; an INSTANCE_LIMIT trap past the limit, naming {@code kind}
     * {@code what} (e.g. "core module 2") in component instance {@code state} (its name is made only then).
     */
    void countInstance(String kind, long what, int state) throws Trap {
        if (instanceCount >= limits.maxInstances()) {
            String name = what < 0 ? "component instance " + names[state] : kind + " " + what + " in " + names[state];
            throw new Trap(TrapKind.INSTANCE_LIMIT, "instantiating " + name + " would create more than "
                    + limits.maxInstances() + " instances, the limit of this instantiation");
        }
        instanceCount++;
    }

    /** The live item {@code item} stands for in this run. */
    RtItem live(PlanItem item) throws InstantiationException {
        return switch (item) {
            case PlanItem.Known k -> k.item();
            case PlanItem.Func f -> (RtItem) slots[f.slot()];
            case PlanItem.Value v -> (RtItem) slots[v.slot()];
            case PlanItem.Instance i -> {
                if (i.liveSlot < 0) {
                    throw new InstantiationException("planned instance " + i.suffix + " has no live form");
                }
                yield (RtItem) slots[i.liveSlot];
            }
            case PlanItem.Definition d -> throw new InstantiationException(
                    "a component definition has no live form in a planned instantiation");
        };
    }

    CoreItem core(int slot) {
        return (CoreItem) slots[slot];
    }
}
