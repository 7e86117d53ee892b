package dev.weft.runtime.link;

import dev.weft.runtime.engine.CoreModule;
import java.util.Map;

/** A core instance while a plan is made: one the plan instantiates, or one made of other core items' exports. */
sealed interface PlanCoreInstance {

    /** Instantiated from {@code module} into frame slot {@code slot} (which holds the engine's core instance). */
    record Live(int slot, CoreModule module) implements PlanCoreInstance {
    }

    /** Inline exports: name to the frame slot of a core item. */
    record Inline(Map<String, Integer> exports) implements PlanCoreInstance {
    }
}
