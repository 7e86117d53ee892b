package dev.weft.runtime.link;

import dev.weft.component.ast.Component;
import dev.weft.component.types.FuncType;
import dev.weft.runtime.engine.CoreModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a component-level index-space slot holds while an {@link InstantiationPlan} is made: an item that is the
 * same in every instance, or the frame slot where each instance keeps its own.
 */
sealed interface PlanItem {

    /** The same live item in every instance: a host import, a type, a compiled module, a host instance. */
    record Known(RtItem item) implements PlanItem {
    }

    /** A function lifted per instance into frame slot {@code slot}; its type is known when planning. */
    record Func(int slot, FuncType type) implements PlanItem {
    }

    /** A value a start function returns, per instance, in frame slot {@code slot}. */
    record Value(int slot) implements PlanItem {
    }

    /** A component definition with the plan environment its outer aliases reach. */
    record Definition(Component ast, PlanEnv enclosing) implements PlanItem {
    }

    /**
     * A component instance the plan makes (nested or from inline exports): its exports, by name. Its live form
     * ({@link RtItem.Instance}) is made only when something needs the whole instance (an export of the root).
     */
    final class Instance implements PlanItem {
        /** The frame's component instance whose name this one's extends, and the extension. */
        final int parentState;
        final String suffix;
        final Map<String, PlanItem> exports;
        /** The frame slot of the live form, or -1 while no step makes it. */
        int liveSlot = -1;

        Instance(int parentState, String suffix, Map<String, PlanItem> exports) {
            this.parentState = parentState;
            this.suffix = suffix;
            this.exports = new LinkedHashMap<>(exports);
        }
    }

    /** A core module, the same in every instance. */
    static PlanItem module(CoreModule module) {
        return new Known(new RtItem.Module(module));
    }
}
