package dev.weft.runtime;

import dev.weft.component.Component;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.runtime.engine.Metering;
import dev.weft.runtime.link.InstantiationCache;
import dev.weft.runtime.link.InstantiationPlan;
import dev.weft.runtime.link.StoreLimits;
import dev.weft.runtime.link.RtItem;
import dev.weft.component.types.ResourceType;
import dev.weft.runtime.resource.Destructor;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A component whose imports are resolved and whose code is compiled: instantiate it many times, from any thread.
 * What does not change between instances (index spaces, import wiring, resource bindings, adapter types) is worked
 * out once, into an {@link InstantiationPlan}; each instantiation runs its steps.
 */
public final class InstancePre {
    private final Component component;
    private final Map<CoreModuleSection, CoreModule> modules;
    private final AtomicLong instances = new AtomicLong();
    private final Metering metering;
    private final Limits defaultLimits;
    /** The precomputed instantiation (it fails each instantiation if the component cannot be instantiated). */
    private final InstantiationPlan plan;

    InstancePre(Component component, Map<CoreModuleSection, CoreModule> modules, Map<String, RtItem> imports,
            Map<ResourceType, Destructor> hostDestructors, Metering metering, Limits defaultLimits) {
        this.component = component;
        this.modules = Map.copyOf(modules);
        this.metering = metering;
        this.defaultLimits = defaultLimits;
        this.plan = InstantiationPlan.of(component.validated(), this.modules, Map.copyOf(imports),
                hostDestructors, new InstantiationCache());
    }

    /**
     * The functions of this component's core modules that run in Endive's interpreter rather than as compiled JVM
     * code (too large for a JVM method even after splitting), in module order; empty when everything is compiled.
     */
    public java.util.List<dev.weft.runtime.engine.InterpretedFunction> interpretedFunctions() {
        return modules.values().stream().flatMap(m -> m.interpretedFunctions().stream()).toList();
    }

    public Component component() {
        return component;
    }

    /** A fresh instance: its own memories, tables and handle tables, under the engine's default {@link Limits}. */
    public ComponentInstance instantiate() throws LinkException, InstantiationException, Trap {
        return instantiate(defaultLimits);
    }

    /**
     * A fresh instance under {@code limits}. Start functions run under them too.
     *
     * @throws Trap                     also when the instance's memories, tables or instances do not fit the limits
     *                                  ({@code MEMORY_LIMIT}, {@code TABLE_LIMIT}, {@code INSTANCE_LIMIT})
     * @throws IllegalArgumentException if the limits ask for fuel or a call depth the engine does not meter
     */
    public ComponentInstance instantiate(Limits limits) throws LinkException, InstantiationException, Trap {
        return instantiate(limits, false);
    }

    /**
     * A fresh instance, exactly as {@link #instantiate()} makes it, for a caller that will call
     * {@link ComponentInstance#release()} when done with it: its linear memories take their storage from a pool
     * of this component's modules' memories (one array each, holding the module's initial memory) instead of
     * being made anew, and release gives it back after restoring only what the instance wrote. An instance that is
     * never released just leaves its storage to the garbage collector (and costs a whole flat memory, where
     * {@link #instantiate()} copies only what is written: use this only when you release). Memories over the
     * pool's size cap, and every memory under {@code -Dweft.memory=paged}, are not pooled.
     */
    public ComponentInstance instantiatePooled() throws LinkException, InstantiationException, Trap {
        return instantiate(defaultLimits, true);
    }

    /** As {@link #instantiatePooled()}, under {@code limits}. */
    public ComponentInstance instantiatePooled(Limits limits) throws LinkException, InstantiationException, Trap {
        return instantiate(limits, true);
    }

    private ComponentInstance instantiate(Limits limits, boolean pooled)
            throws LinkException, InstantiationException, Trap {
        var store = new InstanceStore(limits, metering);
        if (pooled) {
            store.core().poolMemories();
        }
        String name = "instance#" + instances.incrementAndGet();
        var storeLimits = new StoreLimits(store.core(), limits.maxInstances(), limits.maxHandles());
        RtItem.Instance instance;
        java.util.function.Function<ResourceType, Destructor> destructors;
        store.begin();
        try {
            InstantiationPlan.Instantiated made = plan.instantiate(name, storeLimits);
            instance = made.instance();
            destructors = made::destructorOf;
        } catch (Trap trap) {
            store.fault();
            throw store.classify(trap, store.end());
        } catch (LinkException | InstantiationException | RuntimeException | Error e) {
            store.fault();
            store.end();
            throw e;
        }
        store.end();
        return new ComponentInstance(instance, destructors, store);
    }
}
